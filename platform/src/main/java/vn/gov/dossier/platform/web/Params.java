package vn.gov.dossier.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The formats of the path and query parameters of the public API, checked before anything is looked up: a malformed
 * value answers 400 naming the parameter; only a well-formed one may go on to answer 404 when nothing has it.
 * (PostgreSQL refuses some bytes, such as NUL, with an error; nothing malformed should ever reach it.)
 */
public final class Params {

    /** {@code <receiving commune>-<yyMMdd>-<sequence>}, e.g. {@code 00004-261123-00017}. */
    public static final Pattern DOSSIER_CODE = Pattern.compile("\\d{5}-\\d{6}-\\d{5}");
    /** A commune's five-digit official code. */
    public static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    /** A province's two-digit official code. */
    public static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    /** {@code <agency>-<commune or province code>}, or a national agency alone: {@code CA-26737}, {@code STP-01}, {@code BNG}. */
    public static final Pattern AUTHORITY_ID = Pattern.compile("[A-Z]{2,12}(-(\\d{2}|\\d{5}))?");
    /** The national portal's procedure code, e.g. {@code 1.004222}. */
    public static final Pattern PROCEDURE_CODE = Pattern.compile("\\d\\.\\d{6}");

    public static final int MAX_PAGE_SIZE = 200;

    private static final String DOSSIER_CODE_EXPECTED = "must be a dossier code such as 00004-261123-00017";

    private Params() {
    }

    public static String dossierCode(String name, String value) {
        dossierCodeViolation(name, value).ifPresent(violation -> {
            throw ApiException.invalid(List.of(violation));
        });
        return value;
    }

    /** The problem with a dossier code, for a caller that gathers every problem of a request before answering. */
    public static Optional<FieldError> dossierCodeViolation(String name, String value) {
        return wellFormed(value, DOSSIER_CODE) ? Optional.empty()
                : Optional.of(new FieldError(name, value == null || value.isEmpty() ? "is required" : DOSSIER_CODE_EXPECTED));
    }

    /** An id such as a paper's: a UUID, or a 400 naming the parameter. */
    public static UUID uuid(String name, String value) {
        uuidViolation(name, value).ifPresent(violation -> {
            throw ApiException.invalid(List.of(violation));
        });
        return UUID.fromString(value);
    }

    /** The problem with an id, for a caller that gathers every problem of a request before answering. */
    public static Optional<FieldError> uuidViolation(String name, String value) {
        try {
            if (value != null && value.length() == 36) {
                UUID.fromString(value);
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        return Optional.of(new FieldError(name, "must be an id such as 3c1b0a7e-2222-4f4f-9a9a-0123456789ab"));
    }

    /** A dossier code and an id, both checked before answering, every bad one named. */
    public static UUID dossierCodeAndId(String codeName, String code, String idName, String id) {
        List<FieldError> errors = new ArrayList<>();
        dossierCodeViolation(codeName, code).ifPresent(errors::add);
        uuidViolation(idName, id).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return UUID.fromString(id);
    }

    public static String communeCode(String name, String value) {
        return matching(name, value, COMMUNE_CODE, "must be a five-digit commune code such as 00004");
    }

    public static String provinceCode(String name, String value) {
        return matching(name, value, PROVINCE_CODE, "must be a two-digit province code such as 01");
    }

    public static String authorityId(String name, String value) {
        return matching(name, value, AUTHORITY_ID, "must be an authority id such as CA-26737, STP-01 or BNG");
    }

    public static String procedureCode(String name, String value) {
        return matching(name, value, PROCEDURE_CODE, "must be a procedure code such as 1.004222");
    }

    /** A page number from 0. */
    public static int page(String name, int value) {
        if (value < 0) {
            throw invalid(name, "must be 0 or more");
        }
        return value;
    }

    /** A page size from 1 to {@value #MAX_PAGE_SIZE}. */
    public static int size(String name, int value) {
        if (value < 1 || value > MAX_PAGE_SIZE) {
            throw invalid(name, "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return value;
    }

    /** True when the value has the format; for parameters whose malformed values must answer like unknown ones. */
    public static boolean wellFormed(String value, Pattern format) {
        return value != null && format.matcher(value).matches();
    }

    public static ApiException invalid(String name, String message) {
        return ApiException.invalid(List.of(new FieldError(name, message)));
    }

    private static String matching(String name, String value, Pattern format, String message) {
        if (!wellFormed(value, format)) {
            throw invalid(name, value == null || value.isEmpty() ? "is required" : message);
        }
        return value;
    }
}
