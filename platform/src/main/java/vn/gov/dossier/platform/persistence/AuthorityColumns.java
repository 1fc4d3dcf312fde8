package vn.gov.dossier.platform.persistence;

import io.r2dbc.spi.Readable;
import java.util.Map;
import org.springframework.r2dbc.core.Parameter;
import vn.gov.dossier.contracts.AuthorityLevel;
import vn.gov.dossier.contracts.AuthorityRef;

/**
 * A competent authority kept beside a dossier, the same in every service's tables: the columns {@code authority_id},
 * {@code authority_name}, {@code authority_level}, {@code authority_unit_code}, {@code authority_province} and
 * {@code authority_agency}, filled from the parameters {@code :authorityId}, {@code :name}, {@code :level},
 * {@code :unit}, {@code :province} and {@code :agency}.
 */
public final class AuthorityColumns {

    private AuthorityColumns() {
    }

    /**
     * The authority's six parameters, for {@code bindValues} (a commune-level authority has no province, a
     * province-level one no commune).
     */
    public static Map<String, Parameter> of(AuthorityRef authority) {
        return Map.of("authorityId", Parameter.from(authority.id()),
                "name", Parameter.from(authority.name()),
                "level", Parameter.from(authority.level().name()),
                "unit", Parameter.fromOrEmpty(authority.unitCode(), String.class),
                "province", Parameter.fromOrEmpty(authority.provinceCode(), String.class),
                "agency", Parameter.from(authority.agency()));
    }

    /** The authority read back from a row. */
    public static AuthorityRef read(Readable row) {
        return new AuthorityRef(row.get("authority_id", String.class), row.get("authority_name", String.class),
                AuthorityLevel.valueOf(row.get("authority_level", String.class)), row.get("authority_unit_code", String.class),
                row.get("authority_province", String.class), row.get("authority_agency", String.class));
    }
}
