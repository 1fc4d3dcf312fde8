package vn.gov.dossier.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class EventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final com.fasterxml.jackson.databind.ObjectMapper SCHEMA_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static Stream<String> types() {
        return Stream.of(DossierSubmitted.TYPE, DossierRouted.TYPE, RoutingFailed.TYPE, ProcedureCatalogued.TYPE, CaseStepTaken.TYPE, DeskStepTaken.TYPE, DeskStepRefused.TYPE,
                CaseDeadlineFlagged.TYPE, FeePaid.TYPE, IdentityChecked.TYPE, PortalSynced.TYPE, ResultDispatched.TYPE, ResultDelivered.TYPE);
    }

    /** Every type a consumer reads: the current ones and the earlier versions still met on replays. */
    static Stream<String> readable() {
        return Stream.concat(types(), Stream.of(DossierSubmitted.TYPE_V1));
    }

    @ParameterizedTest
    @MethodSource("readable")
    void should_still_read_a_stored_payload_of_each_type(String type) throws IOException {
        String payload = resource("/payloads/" + type + ".json");

        Event event = JSON.readValue(payload, EventTypes.bodyOf(type).orElseThrow());

        assertThat(event.eventId()).isNotNull();
        assertThat(event.subject()).isIn("00004-261123-00001", "1.004222");
        assertThat(event.occurredAt()).isNotNull();
        assertThat(violations(type, payload)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void should_write_bodies_that_match_their_schema(String type) throws IOException {
        Event event = sample(type);

        String written = JSON.writeValueAsString(event);

        assertThat(violations(type, written)).isEmpty();
        assertThat(JSON.readTree(written).has("key")).as("the record key is not part of the body").isFalse();
        assertThat(JSON.readTree(written).has("subject")).as("the subject is not part of the body").isFalse();
        assertThat(EventTypes.typeOf(event.getClass())).isEqualTo(type);
    }

    @Test
    void should_read_a_v1_submission_into_the_v2_record_with_what_v2_added_empty() throws IOException {
        DossierSubmitted v1 = (DossierSubmitted) JSON.readValue(resource("/payloads/" + DossierSubmitted.TYPE_V1 + ".json"),
                EventTypes.bodyOf(DossierSubmitted.TYPE_V1).orElseThrow());

        assertThat(v1.applicant().smsNumber()).isEqualTo("0912345678");
        assertThat(v1.applicant().idNumber()).isNull();
        assertThat(v1.papers()).isEmpty();
        assertThat(v1.resultAddress()).isNull();
        assertThat(EventTypes.typeOf(DossierSubmitted.class)).isEqualTo(DossierSubmitted.TYPE);
    }

    @Test
    void should_refuse_in_v2_a_paper_whose_type_is_not_one_the_desk_takes() throws IOException {
        String written = JSON.writeValueAsString(sample(DossierSubmitted.TYPE));

        assertThat(violations(DossierSubmitted.TYPE, written)).isEmpty();
        assertThat(violations(DossierSubmitted.TYPE, written.replace("application/pdf", "application/x-msdownload"))).isNotEmpty();
        assertThat(violations(DossierSubmitted.TYPE_V1, written.replace("\"phone\":null,", ""))).as("v1 required a phone").isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void should_reject_an_actor_without_a_name_or_with_an_unknown_role() throws IOException {
        String written = JSON.writeValueAsString(sample(DeskStepTaken.TYPE));

        assertThat(violations(DeskStepTaken.TYPE, written)).isEmpty();
        assertThat(violations(DeskStepTaken.TYPE, written.replace("\"role\":\"CLERK\"", "\"role\":\"MAYOR\""))).isNotEmpty();
        assertThat(violations(DeskStepTaken.TYPE, written.replace("\"name\":\"Nguyễn Văn Phúc\",", ""))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("readable")
    void should_reject_a_body_without_its_event_id(String type) throws IOException {
        String withoutId = resource("/payloads/" + type + ".json").replaceFirst("\"eventId\":\"[^\"]+\",", "");

        assertThat(violations(type, withoutId)).isNotEmpty();
    }

    private static Set<ValidationMessage> violations(String type, String json) throws IOException {
        try (InputStream schemaText = EventTypes.class.getResourceAsStream(EventTypes.schemaResource(type))) {
            assertThat(schemaText).as("schema of " + type).isNotNull();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
            return schema.validate(SCHEMA_JSON.readTree(json));
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void should_list_in_each_schema_exactly_the_values_of_the_lifecycle_enums() throws IOException {
        assertThat(schemaEnum(DeskStepTaken.TYPE, "step")).isEqualTo(names(DeskStep.values()));
        assertThat(schemaEnum(DeskStepRefused.TYPE, "step")).isEqualTo(names(DeskStep.values()));
        assertThat(schemaEnum(DeskStepRefused.TYPE, "status")).isEqualTo(names(DossierStatus.values()));
        assertThat(schemaEnum(CaseStepTaken.TYPE, "step")).isEqualTo(names(CaseStep.values()));
        assertThat(schemaEnum(CaseStepTaken.TYPE, "status")).isEqualTo(names(DossierStatus.OF_A_CASE.toArray(DossierStatus[]::new)));
        assertThat(schemaEnum(CaseStepTaken.TYPE, "timeliness")).isEqualTo(names(Timeliness.values()));
        assertThat(schemaEnum(CaseDeadlineFlagged.TYPE, "status")).isEqualTo(names(DossierStatus.UNRESOLVED.toArray(DossierStatus[]::new)));
        assertThat(schemaEnum(PortalSynced.TYPE, "status")).isEqualTo(names(DossierStatus.values()));
    }

    @Test
    void should_read_a_step_this_version_does_not_know_as_null_rather_than_fail() throws IOException {
        JsonMapper lenient = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(tools.jackson.databind.cfg.EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL).build();
        String future = resource("/payloads/" + CaseStepTaken.TYPE + ".json").replaceFirst("\"step\"\\s*:\\s*\"[A-Z_]+\"", "\"step\":\"REOPEN\"");

        CaseStepTaken event = lenient.readValue(future, CaseStepTaken.class);

        assertThat(future).contains("REOPEN");
        assertThat(event.step()).isNull();
        assertThat(event.status()).isNotNull();
    }

    private static java.util.Set<String> schemaEnum(String type, String property) throws IOException {
        java.util.Set<String> values = new java.util.TreeSet<>();
        SCHEMA_JSON.readTree(resource(EventTypes.schemaResource(type))).get("properties").get(property).get("enum")
                .forEach(value -> {
                    if (!value.isNull()) {
                        values.add(value.asText());
                    }
                });
        return values;
    }

    private static java.util.Set<String> names(Enum<?>[] values) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    private static PaperRef paper(OffsetDateTime at) {
        return new PaperRef(UUID.randomUUID(), "Bản sao giấy khai sinh", "Giấy khai sinh", "a".repeat(64), 123_456, "application/pdf", at, "19753",
                "Nguyễn Văn Phúc");
    }

    private static Event sample(String type) {
        UUID dossierId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.parse("2026-11-23T09:00:00+07:00");
        AuthorityRef authority = new AuthorityRef("UBND-26734", "Ủy ban nhân dân Phường Thủ Đức", AuthorityLevel.COMMUNE, "26734", "79", "UBND");
        return switch (type) {
            case DossierSubmitted.TYPE -> new DossierSubmitted(UUID.randomUUID(), dossierId, "00004-261123-00001", now, "1.004222",
                    "00004", "01", Channel.DESK, "26734", null, ResultDelivery.AT_DESK, now, LocalDate.parse("2026-11-30"),
                    now.plusDays(7), new ApplicantContact("Nguyễn Văn An", null, null, "001099012345", LocalDate.parse("1950-03-02"), "26734",
                            "12 Hai Bà Trưng", "02838123456", "Nguyễn Thị Hoa", "0912345678", false),
                    new Actor("Nguyễn Thị Lan", "00004", "CLERK"), List.of(paper(now)),
                    new PostalAddress("26734", "12 Hai Bà Trưng", null), null, 20_000L, true,
                    new Assistance(Assistance.HelperRole.RAPID_RESPONSE_TEAM, "Lê Minh Tuấn", "00004", Assistance.Shift.MORNING), null);
            case DossierRouted.TYPE -> new DossierRouted(UUID.randomUUID(), dossierId, "00004-261123-00001", now, "1.004222",
                    "00004", "01", Channel.ONLINE, now, now.plusDays(7), authority, "MANUAL", true, true, new Actor("Ngô Quang Huy", null, "ADMIN"));
            case RoutingFailed.TYPE -> new RoutingFailed(UUID.randomUUID(), dossierId, "00004-261123-00001", now, "1.004222",
                    "00004", "no rule");
            case ProcedureCatalogued.TYPE -> new ProcedureCatalogued(UUID.randomUUID(), now, 3, "1.004222", "Đăng ký thường trú",
                    AuthorityLevel.COMMUNE, "RESIDENCE", "CA", 7, null, 20000, "Luật Cư trú 2020", true);
            case CaseStepTaken.TYPE -> new CaseStepTaken(UUID.randomUUID(), dossierId, "00004-261123-00001", now, CaseStep.DECIDE, DossierStatus.REJECTED,
                    "Trần Văn Bình", "26737", "Từ chối: Không đủ điều kiện", now.plusDays(7), now.plusDays(7), Timeliness.EARLY, "CA-26737", "00004",
                    "Không đủ điều kiện", new Actor("Võ Quốc Bảo", "CA-26737", "PROCESSOR"), paper(now));
            case DeskStepTaken.TYPE -> new DeskStepTaken(UUID.randomUUID(), dossierId, "00004-261123-00001", now, DeskStep.SUPPLEMENT_PROVIDED,
                    "19753", "Bản sao giấy khai sinh", 1, new Actor("Nguyễn Văn Phúc", "19753", "CLERK"), List.of(paper(now)), null);
            case DeskStepRefused.TYPE -> new DeskStepRefused(UUID.randomUUID(), dossierId, "00004-261123-00001", now, UUID.randomUUID(),
                    DeskStep.RESULT_HANDED_OVER, "19753", DossierStatus.IN_PROCESSING, "HAND_OVER is not allowed while the case is IN_PROCESSING");
            case CaseDeadlineFlagged.TYPE -> new CaseDeadlineFlagged(UUID.randomUUID(), dossierId, "00004-261123-00001", now,
                    CaseDeadlineFlagged.OVERDUE, now.minusHours(1), DossierStatus.IN_PROCESSING, "CA-26737", "00004");
            case FeePaid.TYPE -> new FeePaid(UUID.randomUUID(), dossierId, "00004-261123-00001", now, 20_000, UUID.randomUUID(), "PAY-1", now);
            case IdentityChecked.TYPE -> new IdentityChecked(UUID.randomUUID(), dossierId, "00004-261123-00001", now, "MATCHED", "clerk-00004", "00004");
            case PortalSynced.TYPE -> new PortalSynced(UUID.randomUUID(), dossierId, "00004-261123-00001", now, 3, DossierStatus.ROUTED);
            case ResultDispatched.TYPE -> new ResultDispatched(UUID.randomUUID(), dossierId, "00004-261123-00001", now, "dispatch-17", "EB123456789VN",
                    "00004");
            case ResultDelivered.TYPE -> new ResultDelivered(UUID.randomUUID(), dossierId, "00004-261123-00001", now, "EB123456789VN", "00004", now);
            default -> throw new IllegalArgumentException(type);
        };
    }
}
