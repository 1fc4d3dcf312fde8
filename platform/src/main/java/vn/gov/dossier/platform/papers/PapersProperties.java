package vn.gov.dossier.platform.papers;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code dossier.papers.*}: where papers are stored and what an upload may hold.
 *
 * @param store {@code filesystem} (default: {@code directory}) or {@code s3}
 * @param directory the folder of the embedded store (the local stack puts it in its data folder)
 * @param maxFileSize one paper at most (default 20 MB: a 300-dpi colour scan of a 30-page dossier)
 * @param maxDossierSize all papers of one filing or supplement together (default 50 MB)
 * @param maxPapers papers in one filing or supplement (default 20)
 * @param types the content types taken, as read from the bytes (default PDF, JPEG, PNG)
 */
@ConfigurationProperties("dossier.papers")
public record PapersProperties(String store, Path directory, S3 s3, DataSize maxFileSize, DataSize maxDossierSize, Integer maxPapers,
                               List<String> types) {

    public PapersProperties {
        store = store == null || store.isBlank() ? "filesystem" : store;
        directory = directory == null ? Path.of(System.getProperty("java.io.tmpdir"), "dossier-papers") : directory;
        s3 = s3 == null ? new S3(null, null, null, null, null, null) : s3;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxDossierSize = maxDossierSize == null ? DataSize.ofMegabytes(50) : maxDossierSize;
        maxPapers = maxPapers == null ? 20 : maxPapers;
        types = types == null || types.isEmpty() ? List.of("application/pdf", "image/jpeg", "image/png") : List.copyOf(types);
    }

    /** What {@link ReceivingPapers} enforces. */
    public PaperLimits limits() {
        return new PaperLimits(maxFileSize.toBytes(), maxDossierSize.toBytes(), maxPapers, types);
    }

    /**
     * @param endpoint e.g. {@code http://minio:9000}; empty for AWS itself
     * @param pathStyle true for most S3-compatible stores (MinIO, Ceph)
     * @param accessKey with {@code secretKey}; empty to use the SDK's default credentials (IAM role, environment)
     */
    public record S3(String endpoint, String region, String bucket, Boolean pathStyle, String accessKey, String secretKey) {

        public S3 {
            region = region == null || region.isBlank() ? "us-east-1" : region;
            bucket = bucket == null || bucket.isBlank() ? "dossier-papers" : bucket;
            pathStyle = pathStyle == null || pathStyle;
        }
    }
}
