package vn.gov.dossier.processing.result.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.dossier.processing.result.ResultSigner;

class PadesResultSignerTest {

    @TempDir
    Path folder;

    @Test
    void should_sign_with_the_authoritys_key_so_that_the_file_verifies_and_a_changed_byte_does_not() throws IOException {
        DevelopmentAuthorityKeys keys = new DevelopmentAuthorityKeys(folder, "changeit".toCharArray());
        byte[] signed = new PadesResultSigner(keys).sign(onePage(), "CA-26737", "Công an phường Tân Định", "Kết quả giải quyết hồ sơ");

        assertThat(PadesVerification.verify(signed, keys.authority())).contains("CN=CA-26737");
        assertThat(new String(signed, StandardCharsets.ISO_8859_1)).contains("/ETSI.CAdES.detached");

        byte[] tampered = signed.clone();
        int at = new String(signed, StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
        tampered[at + 1] = (byte) (tampered[at + 1] == 'M' ? 'N' : 'M');
        assertThatThrownBy(() -> PadesVerification.verify(tampered, keys.authority())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not");
        byte[] appended = Arrays.copyOf(signed, signed.length + 10);
        assertThatThrownBy(() -> PadesVerification.verify(appended, keys.authority())).hasMessageContaining("whole file");
    }

    @Test
    void should_keep_the_development_authority_and_each_authoritys_key_across_restarts() throws Exception {
        DevelopmentAuthorityKeys first = new DevelopmentAuthorityKeys(folder, "changeit".toCharArray());
        byte[] signed = new PadesResultSigner(first).sign(onePage(), "STP-01", "Sở Tư pháp Hà Nội", "Kết quả");
        AuthorityKeys.SigningKey before = first.of("STP-01");

        DevelopmentAuthorityKeys restarted = new DevelopmentAuthorityKeys(folder, "changeit".toCharArray());

        assertThat(restarted.of("STP-01").certificate()).isEqualTo(before.certificate());
        assertThat(PadesVerification.verify(signed, restarted.authority())).contains("CN=STP-01");
        assertThat(restarted.issued()).containsExactly("stp-01");
    }

    @Test
    void should_refuse_to_sign_what_is_not_a_pdf_and_a_file_signed_by_another_authority_chain() throws IOException {
        DevelopmentAuthorityKeys keys = new DevelopmentAuthorityKeys(folder.resolve("a"), "changeit".toCharArray());
        DevelopmentAuthorityKeys stranger = new DevelopmentAuthorityKeys(folder.resolve("b"), "changeit".toCharArray());

        assertThatThrownBy(() -> new PadesResultSigner(keys).sign("not a pdf".getBytes(StandardCharsets.US_ASCII), "CA-26737", "CA", "x"))
                .isInstanceOf(ResultSigner.NotAPdf.class);
        byte[] signedElsewhere = new PadesResultSigner(stranger).sign(onePage(), "CA-26737", "Công an", "Kết quả");
        assertThatThrownBy(() -> PadesVerification.verify(signedElsewhere, keys.authority())).hasMessageContaining("not issued by the trusted");
    }

    static byte[] onePage() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
