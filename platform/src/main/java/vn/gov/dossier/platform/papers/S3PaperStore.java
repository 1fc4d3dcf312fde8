package vn.gov.dossier.platform.papers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Papers in an S3-compatible bucket (AWS S3, MinIO, Ceph, a province's object store): one object per paper, named
 * {@code papers/<sha256>}, written only when absent. The SDK's blocking client runs on the bounded elastic scheduler.
 */
public class S3PaperStore implements PaperStore, AutoCloseable {

    private static final int CHUNK = 64 * 1024;

    private final S3Client s3;
    private final String bucket;

    public S3PaperStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** A client for the configured endpoint; static keys when given, else the SDK's default chain (IAM role, env). */
    public static S3PaperStore of(PapersProperties.S3 settings) {
        // Checksums only where S3 requires them: the SDK's default trailing CRC checksums (aws-chunked uploads) are not
        // implemented by many S3-compatible stores (S3Proxy answers 501); Content-MD5 guards the upload instead.
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        builder.credentialsProvider(settings.accessKey() == null || settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        return new S3PaperStore(builder.build(), settings.bucket());
    }

    @Override
    public Mono<Boolean> put(String sha256, Path staged) {
        return contains(sha256).flatMap(present -> present ? Mono.just(false) : Mono.fromCallable(() -> {
            String md5 = md5(staged);
            s3.putObject(request -> request.bucket(bucket).key(key(sha256)).contentMD5(md5), RequestBody.fromFile(staged));
            return true;
        }).subscribeOn(Schedulers.boundedElastic()));
    }

    @Override
    public Flux<DataBuffer> read(String sha256) {
        return DataBufferUtils.readInputStream(() -> open(sha256), DefaultDataBufferFactory.sharedInstance, CHUNK)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private InputStream open(String sha256) {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key(sha256)));
        } catch (NoSuchKeyException e) {
            throw new PaperMissing(sha256);
        }
    }

    @Override
    public Mono<Boolean> contains(String sha256) {
        return Mono.fromCallable(() -> {
            try {
                s3.headObject(request -> request.bucket(bucket).key(key(sha256)));
                return true;
            } catch (NoSuchKeyException e) {
                return false;
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return false;
                }
                throw e;
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Void> delete(String sha256) {
        return Mono.<Void>fromRunnable(() -> s3.deleteObject(request -> request.bucket(bucket).key(key(sha256))))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public String describe() {
        return "s3 bucket " + bucket;
    }

    @Override
    public void close() {
        s3.close();
    }

    private static String key(String sha256) {
        if (!Checksums.isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return "papers/" + sha256;
    }

    /** The store checks the upload arrived whole against this (base64 of the MD5, as S3 wants it). */
    private static String md5(Path staged) throws IOException {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(staged)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
