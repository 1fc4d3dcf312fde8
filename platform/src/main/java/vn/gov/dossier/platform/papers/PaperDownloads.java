package vn.gov.dossier.platform.papers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;
import vn.gov.dossier.contracts.PaperRef;

/**
 * A paper as an HTTP answer: its own content type, its title as the file name (UTF-8, RFC 6266), its checksum as the
 * entity tag and as {@code Repr-Digest} (RFC 9530), so that the receiver can check it arrived byte for byte.
 */
public final class PaperDownloads {

    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", ".pdf", "image/jpeg", ".jpg", "image/png", ".png");

    private PaperDownloads() {
    }

    public static ResponseEntity<Flux<DataBuffer>> answer(PaperStore store, PaperRef paper) {
        String name = paper.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + EXTENSIONS.getOrDefault(paper.mediaType(), "");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(paper.mediaType()))
                .contentLength(paper.size())
                .eTag("\"" + paper.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(paper.sha256())) + ":")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(store.read(paper.sha256()));
    }
}
