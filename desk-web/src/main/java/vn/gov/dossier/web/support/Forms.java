package vn.gov.dossier.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A page's form turned into what the API takes: fields named as the API names them ({@code applicant.helper.name})
 * become nested JSON, paper rows ({@code documents[i].title} with the file {@code file-i}) become the listed documents
 * and the uploaded papers, each with its SHA-256 computed here for intake to check what arrived.
 */
public final class Forms {

    private Forms() {
    }

    /** A submitted form: its fields, and the papers staged in a temporary folder until the call is over. */
    public record Submitted(Map<String, String> fields, List<Paper> papers, Path staging) implements AutoCloseable {

        public String field(String name) {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }

        /** The fields as nested JSON objects, blank ones left out; {@code documents} and the given names too. */
        public Map<String, Object> json(String... leaveOut) {
            Map<String, Object> root = new LinkedHashMap<>();
            List<String> left = List.of(leaveOut);
            fields.forEach((name, value) -> {
                if (value == null || value.isBlank() || name.startsWith("documents[") || name.startsWith("_") || left.contains(name)) {
                    return;
                }
                String[] path = name.split("\\.");
                Map<String, Object> node = root;
                for (int i = 0; i < path.length - 1; i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(path[i], key -> new LinkedHashMap<String, Object>());
                    node = child;
                }
                node.put(path[path.length - 1], "on".equals(value) ? Boolean.TRUE : value.trim());
            });
            List<Map<String, Object>> documents = documents();
            if (!documents.isEmpty()) {
                root.put("documents", documents);
            }
            return root;
        }

        /** The paper rows a clerk filled (a title or a file), in the page's order. */
        public List<Map<String, Object>> documents() {
            TreeMap<Integer, Map<String, Object>> rows = new TreeMap<>();
            fields.forEach((name, value) -> {
                java.util.regex.Matcher row = java.util.regex.Pattern.compile("documents\\[(\\d+)]\\.(\\w+)").matcher(name);
                if (row.matches() && value != null && !value.isBlank()) {
                    rows.computeIfAbsent(Integer.parseInt(row.group(1)), index -> new LinkedHashMap<>()).put(row.group(2), value.trim());
                }
            });
            for (Paper paper : papers) {
                Map<String, Object> row = rows.computeIfAbsent(paper.row(), index -> new LinkedHashMap<>());
                row.put("file", paper.filename());
                row.put("sha256", paper.sha256());
            }
            return new ArrayList<>(rows.values());
        }

        /** The body for intake: the JSON part under {@code jsonPart} and each paper as a {@code papers} part. */
        public MultipartBodyBuilder multipart(String jsonPart, Object json) {
            MultipartBodyBuilder body = new MultipartBodyBuilder();
            body.part(jsonPart, json, MediaType.APPLICATION_JSON);
            for (Paper paper : papers) {
                body.part("papers", new FileSystemResource(paper.path())).filename(paper.filename())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM);
            }
            return body;
        }

        @Override
        public void close() {
            try (var files = Files.walk(staging)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A paper uploaded in row {@code row} of the page. */
    public record Paper(int row, String filename, Path path, String sha256) {
    }

    /** Reads the page's multipart form, lets {@code use} send it on, and removes its staged files however that ends. */
    public static <T> Mono<T> with(org.springframework.web.server.ServerWebExchange exchange,
                                   java.util.function.Function<Submitted, Mono<T>> use) {
        return Mono.usingWhen(read(exchange.getMultipartData()), use, form -> Mono.fromRunnable(form::close)
                .subscribeOn(Schedulers.boundedElastic()));
    }

    /** Reads a multipart form, staging its files (parts named {@code file-<row>}) on disk; the caller closes it. */
    private static Mono<Submitted> read(Mono<MultiValueMap<String, Part>> multipart) {
        return multipart.flatMap(parts -> Mono.fromCallable(() -> Files.createTempDirectory("desk-web-"))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(staging -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    List<Mono<Paper>> papers = new ArrayList<>();
                    parts.forEach((name, values) -> values.forEach(part -> {
                        if (part instanceof FilePart file && name.matches("file-\\d{1,2}") && !file.filename().isBlank()) {
                            int row = Integer.parseInt(name.substring("file-".length()));
                            Path path = staging.resolve(row + ".upload");
                            papers.add(file.transferTo(path).then(Mono.fromCallable(() -> new Paper(row, file.filename(), path, sha256(path)))
                                    .subscribeOn(Schedulers.boundedElastic())));
                        } else if (part instanceof FormFieldPart field) {
                            fields.put(name, field.value());
                        }
                    }));
                    return Flux.concat(papers).collectList().map(staged -> new Submitted(fields, staged, staging))
                            .onErrorResume(failure -> {
                                new Submitted(fields, List.of(), staging).close();
                                return Mono.error(failure);
                            });
                }));
    }

    private static String sha256(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
