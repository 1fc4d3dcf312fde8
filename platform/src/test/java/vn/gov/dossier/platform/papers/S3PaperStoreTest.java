package vn.gov.dossier.platform.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.dossier.infra.SamplePapers.PDF;
import static vn.gov.dossier.infra.SamplePapers.PNG;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/** The S3 paper store against S3Proxy, a real S3 protocol server (AWS signature v4) over an in-memory blob store. */
class S3PaperStoreTest {

    private static BlobStoreContext blobs;
    private static S3Proxy proxy;
    private static S3PaperStore store;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential").overrides(new Properties())
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, "dossier-papers");
        proxy = S3Proxy.builder().blobStore(blobs.getBlobStore()).awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "dossier", "secret")
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(20);
        }
        store = S3PaperStore.of(new PapersProperties.S3("http://127.0.0.1:" + proxy.getPort(), "us-east-1", "dossier-papers", true, "dossier",
                "secret"));
    }

    @AfterAll
    static void stop() throws Exception {
        store.close();
        proxy.stop();
        blobs.close();
    }

    @Test
    void should_store_a_paper_once_under_its_checksum_read_it_back_and_delete_it() throws Exception {
        Path staged = Files.write(folder.resolve("to-khai.pdf"), PDF);
        String sha256 = Checksums.sha256(PDF);

        assertThat(store.put(sha256, staged).block()).as("new").isTrue();
        assertThat(store.put(sha256, staged).block()).as("the same bytes again: stored once").isFalse();
        assertThat(store.contains(sha256).block()).isTrue();
        assertThat(DataBufferUtils.join(store.read(sha256)).map(S3PaperStoreTest::drain).block()).isEqualTo(PDF);

        store.delete(sha256).block();
        assertThat(store.contains(sha256).block()).isFalse();
        assertThatThrownBy(() -> store.read(sha256).blockLast()).isInstanceOf(PaperMissing.class);
        assertThat(store.contains(Checksums.sha256(PNG)).block()).isFalse();
    }

    private static byte[] drain(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }
}
