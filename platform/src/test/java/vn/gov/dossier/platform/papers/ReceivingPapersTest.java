package vn.gov.dossier.platform.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.dossier.infra.SamplePapers.EXE;
import static vn.gov.dossier.infra.SamplePapers.JPEG;
import static vn.gov.dossier.infra.SamplePapers.PDF;
import static vn.gov.dossier.infra.SamplePapers.PNG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.gov.dossier.platform.web.ApiException;

class ReceivingPapersTest {

    @TempDir
    Path folder;

    private FileSystemPaperStore store;
    private ReceivingPapers receiving;

    @BeforeEach
    void setUp() {
        store = new FileSystemPaperStore(folder.resolve("papers"));
        receiving = new ReceivingPapers(store, new PaperLimits(1024 * 1024, 2 * 1024 * 1024, 5, List.of("application/pdf", "image/jpeg", "image/png")),
                folder.resolve("staging"));
    }

    @Test
    void should_store_pdf_jpeg_and_png_under_their_checksums_typed_from_their_content() {
        List<StagedPaper> stored = receive(List.of(declared(0, "to-khai.bin", PDF), declared(1, "anh.pdf", JPEG), declared(2, "so-do.jpg", PNG)),
                List.of(part("to-khai.bin", PDF), part("anh.pdf", JPEG), part("so-do.jpg", PNG)));

        assertThat(stored).extracting(StagedPaper::mediaType).containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(stored).extracting(StagedPaper::sha256).containsExactly(Checksums.sha256(PDF), Checksums.sha256(JPEG), Checksums.sha256(PNG));
        assertThat(bytes(Checksums.sha256(PNG))).isEqualTo(PNG);
        assertThat(files(folder.resolve("staging"))).as("nothing left in staging").isEmpty();
    }

    @Test
    void should_refuse_a_renamed_executable_by_its_content_and_store_nothing() {
        assertThatThrownBy(() -> receive(List.of(declared(0, "giay-to.pdf", EXE), declared(1, "to-khai.pdf", PDF)),
                List.of(part("giay-to.pdf", EXE), part("to-khai.pdf", PDF))))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(refused.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("papers[giay-to.pdf]");
                        assertThat(error.message()).contains("only PDF, JPEG, PNG are taken");
                    });
                });
        assertThat(files(folder)).as("nothing stored, nothing staged").isEmpty();
    }

    @Test
    void should_take_one_undeclared_file_by_its_content_and_name_its_part_when_refused() {
        StagedPaper taken = receiving.receiveOne("result", part("ket-qua.bin", PDF), staged -> Mono.just(staged)).block();
        assertThat(taken.mediaType()).isEqualTo("application/pdf");

        assertThatThrownBy(() -> receiving.receiveOne("result", part("ket-qua.pdf", EXE), staged -> Mono.just(staged)).block())
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("result")));
        assertThat(files(folder)).as("nothing staged is left").isEmpty();
    }

    @Test
    void should_refuse_a_paper_over_the_limit_by_name_with_413_and_store_nothing() {
        byte[] large = Arrays.copyOf(PDF, 1024 * 1024 + 1);

        assertThatThrownBy(() -> receive(List.of(declared(0, "to-khai.pdf", PDF), declared(1, "ban-ve.pdf", large)),
                List.of(part("to-khai.pdf", PDF), part("ban-ve.pdf", large))))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(refused.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("papers[ban-ve.pdf]"));
                });
        assertThat(files(folder)).isEmpty();
    }

    @Test
    void should_refuse_a_checksum_that_differs_naming_the_declaring_field() {
        assertThatThrownBy(() -> receive(List.of(new DeclaredPaper("documents[0]", "to-khai.pdf", Checksums.sha256(PNG))),
                List.of(part("to-khai.pdf", PDF))))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(refused.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("documents[0].sha256");
                        assertThat(error.message()).contains(Checksums.sha256(PDF));
                    });
                });
        assertThat(files(folder)).isEmpty();
    }

    @Test
    void should_refuse_a_file_no_document_names_and_a_document_naming_no_file() {
        assertThatThrownBy(() -> receive(List.of(declared(0, "to-khai.pdf", PDF)), List.of(part("khac.pdf", PDF))))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.errors())
                        .extracting(error -> error.field()).containsExactlyInAnyOrder("papers[khac.pdf]", "documents[0].file"));
    }

    @Test
    void should_take_back_only_the_papers_it_added_when_the_records_fail() {
        receive(List.of(declared(0, "cu.pdf", PDF)), List.of(part("cu.pdf", PDF)));

        assertThatThrownBy(() -> receiving.receive(List.of(declared(0, "cu.pdf", PDF), declared(1, "moi.png", PNG)),
                List.of(part("cu.pdf", PDF), part("moi.png", PNG)),
                staged -> receiving.store(staged, Mono.error(new IllegalStateException("the database went away")))).block())
                .hasMessageContaining("the database went away");

        assertThat(store.contains(Checksums.sha256(PDF)).block()).as("stored before, for another dossier: kept").isTrue();
        assertThat(store.contains(Checksums.sha256(PNG)).block()).as("added by the failed filing: taken back").isFalse();
    }

    @Test
    void should_keep_a_paper_across_a_new_store_on_the_same_folder() {
        receive(List.of(declared(0, "to-khai.pdf", PDF)), List.of(part("to-khai.pdf", PDF)));

        FileSystemPaperStore restarted = new FileSystemPaperStore(folder.resolve("papers"));

        assertThat(DataBufferUtils.join(restarted.read(Checksums.sha256(PDF))).map(ReceivingPapersTest::drain).block()).isEqualTo(PDF);
        assertThatThrownBy(() -> restarted.read(Checksums.sha256(PNG)).blockLast()).isInstanceOf(PaperMissing.class);
    }

    private List<StagedPaper> receive(List<DeclaredPaper> declared, List<FilePart> parts) {
        return receiving.receive(declared, parts, staged -> receiving.store(staged, Mono.just(List.copyOf(staged)))).block();
    }

    private byte[] bytes(String sha256) {
        return DataBufferUtils.join(store.read(sha256)).map(ReceivingPapersTest::drain).block();
    }

    private static byte[] drain(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }

    private static DeclaredPaper declared(int index, String file, byte[] content) {
        return new DeclaredPaper("documents[" + index + "]", file, Checksums.sha256(content).toUpperCase(Locale.ROOT));
    }

    private static List<Path> files(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FilePart part(String filename, byte[] content) {
        return new FilePart() {
            @Override
            public String filename() {
                return filename;
            }

            @Override
            public Mono<Void> transferTo(Path dest) {
                return DataBufferUtils.write(content(), dest);
            }

            @Override
            public String name() {
                return "papers";
            }

            @Override
            public HttpHeaders headers() {
                return new HttpHeaders();
            }

            @Override
            public Flux<DataBuffer> content() {
                // In chunks, as the multipart reader hands them over.
                List<DataBuffer> chunks = new ArrayList<>();
                for (int at = 0; at < content.length; at += 8192) {
                    chunks.add(DefaultDataBufferFactory.sharedInstance.wrap(Arrays.copyOfRange(content, at, Math.min(content.length, at + 8192))));
                }
                return Flux.fromIterable(chunks);
            }
        };
    }
}
