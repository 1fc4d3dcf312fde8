package vn.gov.dossier.platform.papers;

/**
 * A paper the request lists and uploads: the uploaded file it names and the checksum the desk's scanner declared.
 *
 * @param field where the request lists it, for errors (e.g. {@code documents[2]})
 * @param file the uploaded file's name (the multipart part's filename)
 * @param sha256 the declared SHA-256 (64 hex digits, either case); null where nothing is declared (checked for type and size only)
 */
public record DeclaredPaper(String field, String file, String sha256) {
}
