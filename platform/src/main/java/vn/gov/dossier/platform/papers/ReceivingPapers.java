package vn.gov.dossier.platform.papers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.tika.Tika;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.gov.dossier.platform.application.StoringPapers;
import vn.gov.dossier.platform.web.ApiException;
import vn.gov.dossier.platform.web.FieldError;

/**
 * Takes the papers of one upload (a filing or a supplement) and stores them, or refuses the whole upload and leaves
 * nothing behind. Each file is copied to a staging folder while its size is counted and its SHA-256 computed, then its
 * type is read from its first bytes (the file name and the declared content type are never trusted), then it is checked
 * against the paper the request declares for it. Only when every file passes does anything reach the store; a caller
 * whose own transaction fails afterwards takes back what this upload added ({@link #forget}).
 *
 * <p>Answers: 400 for a file no paper names, a paper naming no file, or a checksum that differs (the field named); 413
 * for a file or an upload over the limits; 415 for a content type not taken (the file named).
 */
public class ReceivingPapers implements StoringPapers {

    private static final Map<String, String> TYPE_NAMES = Map.of("application/pdf", "PDF", "image/jpeg", "JPEG", "image/png", "PNG");

    private final PaperStore store;
    private final PaperLimits limits;
    private final Path staging;
    private final Tika tika = new Tika();

    public ReceivingPapers(PaperStore store, PaperLimits limits, Path staging) {
        this.store = store;
        this.limits = limits;
        this.staging = staging;
    }

    public PaperLimits limits() {
        return limits;
    }

    public PaperStore store() {
        return store;
    }

    /**
     * Stages and checks the upload, then hands the checked papers to {@code work} (which stores its records); the staged
     * files are removed whatever happens.
     */
    public <T> Mono<T> receive(List<DeclaredPaper> declared, List<FilePart> files, Function<List<StagedPaper>, Mono<T>> work) {
        return Mono.usingWhen(stage(declared, files), work, ReceivingPapers::discard, (staged, error) -> discard(staged),
                ReceivingPapers::discard);
    }

    /**
     * One file with no declared checksum (e.g. a result document the authority uploads), checked for size and type like
     * any paper, then handed to {@code work}; the staged file is removed whatever happens.
     *
     * @param field the part's name, for errors
     */
    public <T> Mono<T> receiveOne(String field, FilePart file, Function<StagedPaper, Mono<T>> work) {
        DeclaredPaper declared = new DeclaredPaper(field, file.filename(), null);
        // The staged file is the resource, so that it is removed also when the check refuses it.
        return Mono.usingWhen(stageOne(declared, file).map(List::of),
                staged -> Mono.fromCallable(() -> checked(staged)).flatMap(checked -> work.apply(checked.get(0))),
                ReceivingPapers::discard, (staged, error) -> discard(staged), ReceivingPapers::discard);
    }

    /**
     * Stores checked papers; if {@code then} fails, the papers this call added to the store are removed again (papers
     * already there before, which other dossiers may hold, are left alone).
     */
    @Override
    public <T> Mono<T> store(List<StagedPaper> papers, Mono<T> then) {
        List<String> added = new ArrayList<>();
        return Flux.fromIterable(papers)
                .concatMap(paper -> store.put(paper.sha256(), paper.path()).doOnNext(isNew -> {
                    if (isNew) {
                        synchronized (added) {
                            added.add(paper.sha256());
                        }
                    }
                }))
                .then(then)
                .onErrorResume(error -> forget(added).then(Mono.error(error)));
    }

    /** Removes papers this request added to the store. */
    public Mono<Void> forget(List<String> added) {
        return Flux.fromIterable(List.copyOf(added)).concatMap(store::delete).then();
    }

    private Mono<List<StagedPaper>> stage(List<DeclaredPaper> declared, List<FilePart> files) {
        return Mono.defer(() -> {
            List<FieldError> errors = new ArrayList<>();
            Map<String, DeclaredPaper> byFile = new LinkedHashMap<>();
            for (DeclaredPaper paper : declared) {
                if (byFile.putIfAbsent(paper.file(), paper) != null) {
                    errors.add(new FieldError(paper.field() + ".file", "names a file another paper names already: " + paper.file()));
                }
            }
            Map<String, FilePart> uploaded = new LinkedHashMap<>();
            for (FilePart file : files) {
                if (uploaded.putIfAbsent(file.filename(), file) != null) {
                    errors.add(new FieldError(field(file), "is uploaded twice: give each file its own name"));
                } else if (!byFile.containsKey(file.filename())) {
                    errors.add(new FieldError(field(file), "is not named by any document's file: list it with a title"));
                }
            }
            byFile.values().stream().filter(paper -> !uploaded.containsKey(paper.file()))
                    .forEach(paper -> errors.add(new FieldError(paper.field() + ".file", "names no uploaded file: " + paper.file())));
            if (!errors.isEmpty()) {
                return Mono.error(ApiException.invalid(errors));
            }
            if (files.size() > limits.maxPapers()) {
                return Mono.error(ApiException.tooLarge("At most " + limits.maxPapers() + " papers may be uploaded at once.",
                        List.of(new FieldError("papers", "holds " + files.size() + " files; at most " + limits.maxPapers()))));
            }
            List<StagedPaper> staged = new ArrayList<>();
            return Flux.fromIterable(uploaded.values())
                    .concatMap(file -> stageOne(byFile.get(file.filename()), file).doOnNext(staged::add))
                    .then(Mono.fromCallable(() -> checked(staged)))
                    .onErrorResume(error -> discard(staged).then(Mono.error(error)));
        });
    }

    private Mono<StagedPaper> stageOne(DeclaredPaper declared, FilePart file) {
        return Mono.fromCallable(() -> {
            Files.createDirectories(staging);
            return Files.createTempFile(staging, "paper-", ".part");
        }).subscribeOn(Schedulers.boundedElastic()).flatMap(path -> {
            MessageDigest digest = Checksums.sha256();
            AtomicLong size = new AtomicLong();
            return DataBufferUtils.write(file.content().map(buffer -> {
                        if (size.addAndGet(buffer.readableByteCount()) > limits.maxFileBytes()) {
                            DataBufferUtils.release(buffer);
                            throw tooLarge(declared, size.get());
                        }
                        try (var iterator = buffer.readableByteBuffers()) {
                            iterator.forEachRemaining(bytes -> digest.update(bytes.duplicate()));
                        }
                        return buffer;
                    }), path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)
                    .then(Mono.fromCallable(() -> new StagedPaper(declared, path, HexFormat.of().formatHex(digest.digest()), size.get(),
                            detect(path))).subscribeOn(Schedulers.boundedElastic()))
                    .onErrorMap(DataBufferLimitException.class, e -> tooLarge(declared, size.get()))
                    .onErrorResume(error -> delete(path).then(Mono.error(error)));
        });
    }

    private List<StagedPaper> checked(List<StagedPaper> staged) {
        long total = staged.stream().mapToLong(StagedPaper::size).sum();
        if (total > limits.maxTotalBytes()) {
            throw ApiException.tooLarge("The papers together exceed " + megabytes(limits.maxTotalBytes()) + ".",
                    List.of(new FieldError("papers", "hold " + megabytes(total) + "; at most " + megabytes(limits.maxTotalBytes())
                            + " together")));
        }
        List<FieldError> wrongType = staged.stream().filter(paper -> !limits.types().contains(paper.mediaType()))
                .map(paper -> new FieldError(uploadField(paper.declared()), "is " + paper.mediaType()
                        + " by its content; only " + String.join(", ", limits.types().stream().map(type -> TYPE_NAMES.getOrDefault(type, type))
                        .toList()) + " are taken"))
                .toList();
        if (!wrongType.isEmpty()) {
            throw ApiException.unsupportedType("A paper is not of a type the desk takes.", wrongType);
        }
        List<FieldError> wrongSum = staged.stream()
                .filter(paper -> paper.declared().sha256() != null && !paper.sha256().equals(paper.declared().sha256().toLowerCase(Locale.ROOT)))
                .map(paper -> new FieldError(paper.declared().field() + ".sha256", "does not match the uploaded file " + paper.declared().file()
                        + " (its SHA-256 is " + paper.sha256() + "): the file changed on the way or the wrong file was sent"))
                .toList();
        if (!wrongSum.isEmpty()) {
            throw ApiException.invalid(wrongSum);
        }
        return List.copyOf(staged);
    }

    private String detect(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            // No name given: the type comes from the content's magic bytes alone.
            return tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiException tooLarge(DeclaredPaper declared, long size) {
        return ApiException.tooLarge("A paper exceeds " + megabytes(limits.maxFileBytes()) + ".",
                List.of(new FieldError(uploadField(declared), "is larger than " + megabytes(limits.maxFileBytes()) + " (at least " + megabytes(size) + ")")));
    }

    private static String field(FilePart file) {
        return "papers[" + file.filename() + "]";
    }

    /** Where the upload is named in errors: a listed paper by its file ({@code papers[to-khai.pdf]}), a single one by its part. */
    private static String uploadField(DeclaredPaper declared) {
        return declared.sha256() == null ? declared.field() : "papers[" + declared.file() + "]";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private static Mono<Void> discard(List<StagedPaper> staged) {
        return Flux.fromIterable(List.copyOf(staged)).concatMap(paper -> delete(paper.path())).then();
    }

    private static Mono<Void> delete(Path path) {
        return Mono.<Void>fromRunnable(() -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
