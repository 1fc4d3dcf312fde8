package vn.gov.dossier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class ApiDocumentationTest {

    @Test
    void should_give_every_operation_a_plain_summary_and_the_problem_answers_it_can_give() {
        Operation lookup = new Operation().operationId("publicStatus").summary("The citizen's look-up: no <code>personal</code> data.")
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        Operation supplement = new Operation().operationId("requestSupplement").requestBody(new RequestBody())
                .responses(new ApiResponses().addApiResponse("202", new ApiResponse().description("Accepted")));
        OpenAPI document = new OpenAPI().paths(new Paths()
                .addPathItem("/api/v1/public/dossiers/{code}", new PathItem().get(lookup))
                .addPathItem("/api/v1/cases/{dossierCode}/supplement-request", new PathItem().post(supplement)));

        new ApiDocumentation("processing-service", "1").customise(document);

        assertThat(document.getInfo().getLicense().getName()).isEqualTo("Apache-2.0");
        assertThat(document.getInfo().getTitle()).isEqualTo("processing-service API");
        assertThat(lookup.getSummary()).isEqualTo("The citizen's look-up: no personal data.");
        assertThat(lookup.getResponses().keySet()).containsExactlyInAnyOrder("200", "400", "404", "429", "503");
        assertThat(supplement.getSummary()).isEqualTo("Request supplement");
        assertThat(supplement.getResponses().keySet())
                .containsExactlyInAnyOrder("202", "400", "401", "403", "404", "409", "413", "415", "422", "503");
        assertThat(supplement.getResponses().get("409").get$ref()).isEqualTo("#/components/responses/Problem409");
        assertThat(document.getComponents().getResponses()).containsKeys("Problem400", "Problem429").doesNotContainKey("Problem999");
        assertThat(document.getComponents().getResponses().get("Problem400").getContent()).containsKey("application/problem+json");
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties()).containsKeys("type", "title", "status", "detail", "errors");
    }
}
