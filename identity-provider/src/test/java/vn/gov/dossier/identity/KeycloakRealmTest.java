package vn.gov.dossier.identity;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.dossier.infra.OfficerSignIn;

/**
 * Keycloak (docker-compose, Kubernetes) and the local provider must issue the same tokens: the realm export holds the
 * demo accounts with the same roles and units, and maps them to the same claim names the services read.
 */
class KeycloakRealmTest {

    private static final Path REALM = Path.of(System.getProperty("user.dir")).resolveSibling("k8s").resolve("base").resolve("keycloak").resolve("dossier-realm.json");

    private static final Path PRODUCTION_REALM = Path.of(System.getProperty("user.dir")).resolveSibling("k8s").resolve("overlays")
            .resolve("production").resolve("dossier-realm.json");

    @Test
    void should_import_in_production_the_same_realm_without_any_demo_account() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode base = json.readTree(Files.readString(REALM));
        JsonNode production = json.readTree(Files.readString(PRODUCTION_REALM));
        assertThat(production.has("users")).as("demo accounts in the production realm").isFalse();
        ((tools.jackson.databind.node.ObjectNode) base).remove("users");
        // Only desk-web's address and secret differ: the deployment's, never the local demo secret.
        tools.jackson.databind.node.ObjectNode productionWeb = deskWeb(production);
        assertThat(productionWeb.get("secret").asString()).isEqualTo("${DESK_WEB_CLIENT_SECRET}");
        assertThat(productionWeb.get("redirectUris").get(0).asString()).isEqualTo("${DESK_WEB_URL}/login/oauth2/code/dossier");
        for (JsonNode realm : List.of(base, production)) {
            deskWeb(realm).remove(List.of("secret", "redirectUris"));
        }
        // Citizens: the national portal's VNeID single sign-on, brokered by Keycloak (the local realm has demo citizens
        // instead). Its address, client and claim names are the deployment's; no secret is committed.
        JsonNode vneid = production.get("identityProviders").get(0);
        assertThat(vneid.get("alias").asString()).isEqualTo("vneid");
        assertThat(vneid.get("config").get("clientSecret").asString()).isEqualTo("${VNEID_CLIENT_SECRET}");
        assertThat(vneid.get("config").get("pkceMethod").asString()).isEqualTo("S256");
        assertThat(elements(production.get("identityProviderMappers")).map(mapper -> mapper.get("config").path("user.attribute").asString("")))
                .contains("pid", "assurance");
        ((tools.jackson.databind.node.ObjectNode) production).remove(List.of("identityProviders", "identityProviderMappers"));
        assertThat(production).as("the production realm is the base realm minus its users").isEqualTo(base);
    }

    private static tools.jackson.databind.node.ObjectNode deskWeb(JsonNode realm) {
        return (tools.jackson.databind.node.ObjectNode) elements(realm.get("clients"))
                .filter(client -> "desk-web".equals(client.get("clientId").asString())).findFirst().orElseThrow();
    }

    @Test
    void should_hold_every_demo_account_with_the_same_roles_unit_and_name() throws IOException {
        JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(REALM));
        Map<String, JsonNode> users = elements(realm.get("users"))
                .collect(Collectors.toMap(user -> user.get("username").asString(), user -> user));

        List<Map<String, Object>> accounts = demoAccounts();
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(accounts.stream().map(account -> (String) account.get("username")).toList());
        for (Map<String, Object> account : accounts) {
            JsonNode user = users.get((String) account.get("username"));
            assertThat(strings(user.get("realmRoles"))).as("roles of %s", account.get("username")).isEqualTo(account.get("roles"));
            if (account.get("unit") == null) {
                assertThat(user.get("attributes").has("unit")).as("%s has no unit", account.get("username")).isFalse();
            } else {
                assertThat(user.get("attributes").get("unit").get(0).asString()).isEqualTo(String.valueOf(account.get("unit")));
            }
            assertThat(user.get("attributes").get("fullName").get(0).asString()).isEqualTo(account.get("name"));
            if (account.get("personalId") != null) {
                assertThat(user.get("attributes").get("pid").get(0).asString()).isEqualTo(account.get("personalId"));
                assertThat(user.get("attributes").get("assurance").get(0).asString()).isEqualTo(account.get("assurance"));
            }
        }
    }

    @Test
    void should_map_roles_unit_and_name_to_the_claims_the_services_read() throws IOException {
        JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(REALM));
        JsonNode cli = elements(realm.get("clients"))
                .filter(client -> "dossier-cli".equals(client.get("clientId").asString())).findFirst().orElseThrow();

        List<String> claims = elements(cli.get("protocolMappers"))
                .map(mapper -> mapper.get("config").path("claim.name").asString(""))
                .filter(name -> !name.isEmpty()).toList();
        assertThat(claims).contains(IdentityConfiguration.ROLES_CLAIM, IdentityConfiguration.UNIT_CLAIM, IdentityConfiguration.NAME_CLAIM,
                IdentityConfiguration.PERSONAL_ID_CLAIM, IdentityConfiguration.ASSURANCE_CLAIM);
        assertThat(cli.get("publicClient").asBoolean()).isTrue();
        assertThat(cli.get("directAccessGrantsEnabled").asBoolean()).as("no password grant (OAuth 2.1)").isFalse();
        assertThat(cli.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(strings(cli.get("redirectUris"))).containsExactly(OfficerSignIn.REDIRECT);
    }

    private static List<String> strings(JsonNode array) {
        return elements(array).map(JsonNode::asString).toList();
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> demoAccounts() throws IOException {
        try (InputStream in = KeycloakRealmTest.class.getResourceAsStream("/demo-accounts.yml")) {
            Map<String, Object> root = new Yaml().load(in);
            return (List<Map<String, Object>>) ((Map<String, Object>) root.get("identity")).get("accounts");
        }
    }
}
