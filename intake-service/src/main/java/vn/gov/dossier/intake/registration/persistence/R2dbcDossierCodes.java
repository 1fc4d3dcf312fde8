package vn.gov.dossier.intake.registration.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.gov.dossier.intake.registration.DossierCodes;

@Repository
class R2dbcDossierCodes implements DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final DatabaseClient database;

    R2dbcDossierCodes(DatabaseClient database) {
        this.database = database;
    }

    @Override
    public Mono<String> next(String receivingUnitCode, LocalDate day) {
        return database.sql("""
                        INSERT INTO dossier_code_counter (unit_code, day, last) VALUES (:unit, :day, 1)
                        ON CONFLICT (unit_code, day) DO UPDATE SET last = dossier_code_counter.last + 1
                        RETURNING last""")
                .bind("unit", receivingUnitCode)
                .bind("day", day)
                .map((row, meta) -> row.get("last", Long.class))
                .one()
                .map(sequence -> "%s-%s-%05d".formatted(receivingUnitCode, DAY.format(day), sequence));
    }
}
