package vn.gov.dossier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import vn.gov.dossier.platform.application.Officer;
import vn.gov.dossier.platform.application.Role;

class OfficerTokensTest {

    private final OfficerTokens tokens = new OfficerTokens(new SecurityProperties.Claims("roles", "unit", "name"));

    @Test
    void should_read_the_officer_through_the_configured_claims_and_ignore_roles_of_the_providers_own() {
        Jwt jwt = jwt("clerk-00004").claim("roles", List.of("CLERK", "offline_access", "uma_authorization"))
                .claim("unit", "00004").claim("name", "Nguyễn Thị Lan").build();

        Officer officer = (Officer) tokens.convert(jwt).block().getPrincipal();

        assertThat(officer).isEqualTo(new Officer("clerk-00004", "Nguyễn Thị Lan", Set.of(Role.CLERK), "00004"));
        assertThat(tokens.convert(jwt).block().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CLERK");
    }

    @Test
    void should_read_claims_under_other_names_as_configured() {
        OfficerTokens otherNames = new OfficerTokens(new SecurityProperties.Claims("groups", "org_unit", "display_name"));
        Jwt jwt = jwt("ops-79").claim("groups", "OPERATOR").claim("org_unit", "79").claim("display_name", "Trịnh Văn Lộc").build();

        Officer officer = (Officer) otherNames.convert(jwt).block().getPrincipal();

        assertThat(officer.operatesIn("79")).isTrue();
        assertThat(officer.operatesIn("01")).isFalse();
        assertThat(officer.name()).isEqualTo("Trịnh Văn Lộc");
    }

    @Test
    void should_let_a_token_with_none_of_our_roles_do_nothing_and_refuse_one_without_a_subject() {
        Officer nobody = (Officer) tokens.convert(jwt("someone").claim("roles", List.of("offline_access")).build()).block().getPrincipal();
        assertThat(nobody.roles()).isEmpty();
        assertThat(nobody.name()).isEqualTo("someone");

        Jwt anonymous = Jwt.withTokenValue("t").header("alg", "RS256").claim("roles", List.of("ADMIN")).issuedAt(Instant.now()).build();
        assertThatThrownBy(() -> tokens.convert(anonymous).block()).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void should_know_a_citizen_only_by_a_well_formed_personal_id_at_an_accepted_level_of_assurance() {
        OfficerTokens levelTwo = new OfficerTokens(new SecurityProperties.Claims(null, null, null, "pid", "acr"), List.of("vneid-2"));

        Officer citizen = (Officer) levelTwo.convert(jwt("vneid-1").claim("roles", List.of("CITIZEN")).claim("pid", "001099012345")
                .claim("acr", "vneid-2").build()).block().getPrincipal();
        Officer levelOne = (Officer) levelTwo.convert(jwt("vneid-2").claim("roles", List.of("CITIZEN")).claim("pid", "001203009999")
                .claim("acr", "vneid-1").build()).block().getPrincipal();
        Officer malformed = (Officer) levelTwo.convert(jwt("vneid-3").claim("roles", List.of("CITIZEN")).claim("pid", "00109901234X")
                .claim("acr", "vneid-2").build()).block().getPrincipal();
        Officer clerkWithAPid = (Officer) levelTwo.convert(jwt("clerk").claim("roles", List.of("CLERK")).claim("unit", "00004")
                .claim("pid", "001099012345").claim("acr", "vneid-2").build()).block().getPrincipal();

        assertThat(citizen.isCitizen()).isTrue();
        assertThat(citizen.personalId()).isEqualTo("001099012345");
        assertThat(levelOne.isCitizen()).as("a level the services do not accept").isFalse();
        assertThat(malformed.isCitizen()).isFalse();
        assertThat(clerkWithAPid.personalId()).as("an officer is never a citizen by a claim").isNull();
    }

    private static Jwt.Builder jwt(String subject) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).issuedAt(Instant.now());
    }
}
