package vn.gov.dossier.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document other teams read: valid AsyncAPI 3.0.0, and saying what the contract records say. */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "/asyncapi/asyncapi.yaml";

    /** The topic each event type is published on. */
    private static final Map<String, String> TOPIC_OF = Map.ofEntries(
            Map.entry(DossierSubmitted.TYPE, Topics.INTAKE),
            Map.entry(DeskStepTaken.TYPE, Topics.INTAKE),
            Map.entry(FeePaid.TYPE, Topics.INTAKE),
            Map.entry(DossierRouted.TYPE, Topics.ROUTING),
            Map.entry(RoutingFailed.TYPE, Topics.ROUTING),
            Map.entry(ProcedureCatalogued.TYPE, Topics.CATALOGUE),
            Map.entry(CaseStepTaken.TYPE, Topics.PROCESSING),
            Map.entry(DeskStepRefused.TYPE, Topics.PROCESSING),
            Map.entry(CaseDeadlineFlagged.TYPE, Topics.PROCESSING),
            Map.entry(IdentityChecked.TYPE, Topics.EXCHANGE),
            Map.entry(PortalSynced.TYPE, Topics.EXCHANGE),
            Map.entry(ResultDispatched.TYPE, Topics.EXCHANGE),
            Map.entry(ResultDelivered.TYPE, Topics.EXCHANGE));

    private final JsonNode document = read(DOCUMENT);

    @Test
    void should_be_a_valid_asyncapi_3_document() throws IOException {
        JsonSchema asyncApi;
        try (InputStream schema = getClass().getResourceAsStream("/asyncapi-spec/asyncapi-3.0.0.json")) {
            asyncApi = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        }

        Set<ValidationMessage> problems = asyncApi.validate(document);

        assertThat(document.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(problems).isEmpty();
    }

    @Test
    void should_describe_every_event_type_on_its_topic_with_its_json_schema() {
        Map<String, String> channelOfMessage = new HashMap<>();
        Set<String> addresses = new HashSet<>();
        document.get("channels").properties().forEach(channel -> {
            addresses.add(channel.getValue().get("address").asText());
            channel.getValue().get("messages").properties().forEach(message -> {
                String name = resolve(message.getValue().get("$ref").asText()).get("name").asText();
                channelOfMessage.put(name, channel.getValue().get("address").asText());
            });
        });
        Set<String> types = new HashSet<>();
        EventTypes.all().forEach(types::add);

        assertThat(addresses).containsExactlyInAnyOrder(Topics.INTAKE, Topics.ROUTING, Topics.PROCESSING, Topics.EXCHANGE, Topics.CATALOGUE);
        assertThat(channelOfMessage.keySet()).isEqualTo(types);
        assertThat(TOPIC_OF.keySet()).isEqualTo(types);
        channelOfMessage.forEach((type, topic) -> assertThat(topic).as(type).isEqualTo(TOPIC_OF.get(type)));
        document.get("components").get("messages").forEach(message -> {
            String type = message.get("name").asText();
            String payload = message.get("payload").get("$ref").asText();
            assertThat(payload).as(type).isEqualTo(".." + EventTypes.schemaResource(type));
            assertThat(getClass().getResource(EventTypes.schemaResource(type))).as(type + "'s schema").isNotNull();
        });
    }

    private JsonNode resolve(String pointer) {
        return document.at(pointer.substring(1));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(resource)) {
            ObjectMapper yaml = new YAMLMapper();
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
