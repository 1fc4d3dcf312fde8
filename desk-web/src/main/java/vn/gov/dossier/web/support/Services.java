package vn.gov.dossier.web.support;

import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import vn.gov.dossier.web.WebProperties;

/**
 * The five services, called with the signed-in officer's own access token (refreshed when it expires), so that each
 * service decides what this officer may see and do. An error answer arrives as a {@link ServiceProblem}; a service that
 * does not answer, as a 503 one.
 */
@Component
public class Services {

    /** A JSON object of a service's answer, read as a map (the pages show what the services say). */
    public static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    /** A JSON array of objects. */
    public static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    /** The client registration the officers sign in with. */
    public static final String REGISTRATION = "dossier";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebClient intake;
    private final WebClient routing;
    private final WebClient processing;
    private final WebClient notification;
    private final WebClient reporting;
    private final WebClient publicIntake;

    Services(WebProperties properties, ReactiveOAuth2AuthorizedClientManager clients) {
        ServerOAuth2AuthorizedClientExchangeFilterFunction officersToken = new ServerOAuth2AuthorizedClientExchangeFilterFunction(clients);
        officersToken.setDefaultClientRegistrationId(REGISTRATION);
        this.intake = client(properties.intakeUrl(), officersToken);
        this.routing = client(properties.routingUrl(), officersToken);
        this.processing = client(properties.processingUrl(), officersToken);
        this.notification = client(properties.notificationUrl(), officersToken);
        this.reporting = client(properties.reportingUrl(), officersToken);
        this.publicIntake = client(properties.intakeUrl(), null);
    }

    private static WebClient client(URI base, ExchangeFilterFunction token) {
        HttpClient http = HttpClient.create().responseTimeout(PATIENCE).option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000);
        WebClient.Builder builder = WebClient.builder().baseUrl(base.toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(2 * 1024 * 1024))
                .filter(ExchangeFilterFunction.ofResponseProcessor(Services::problemOf))
                .filter((request, next) -> next.exchange(request).onErrorMap(WebClientRequestException.class, Services::unreachable));
        if (token != null) {
            builder.filter(token);
        }
        return builder.build();
    }

    public WebClient intake() {
        return intake;
    }

    public WebClient routing() {
        return routing;
    }

    public WebClient processing() {
        return processing;
    }

    public WebClient notification() {
        return notification;
    }

    public WebClient reporting() {
        return reporting;
    }

    /** Intake's public look-up, with no officer's token: what any citizen may ask. */
    public WebClient publicIntake() {
        return publicIntake;
    }

    /** A service by the name the re-drive pages use; null for an unknown one. */
    public WebClient byName(String service) {
        return switch (service) {
            case "intake-service" -> intake;
            case "routing-service" -> routing;
            case "processing-service" -> processing;
            case "notification-service" -> notification;
            case "reporting-service" -> reporting;
            default -> null;
        };
    }

    private static Mono<ClientResponse> problemOf(ClientResponse response) {
        if (!response.statusCode().isError()) {
            return Mono.just(response);
        }
        int status = response.statusCode().value();
        Long retryAfter = response.headers().header(HttpHeaders.RETRY_AFTER).stream().findFirst().map(Services::seconds).orElse(null);
        return response.bodyToMono(Map.class).onErrorResume(unreadable -> Mono.empty()).defaultIfEmpty(Map.of())
                .flatMap(body -> Mono.error(new ServiceProblem(status, text(body.get("title")), text(body.get("detail")), errors(body.get("errors")),
                        retryAfter)));
    }

    private static List<ServiceProblem.FieldMessage> errors(Object errors) {
        List<ServiceProblem.FieldMessage> named = new ArrayList<>();
        if (errors instanceof List<?> list) {
            for (Object error : list) {
                if (error instanceof Map<?, ?> entry) {
                    named.add(new ServiceProblem.FieldMessage(text(entry.get("field")), text(entry.get("message"))));
                }
            }
        }
        return named;
    }

    private static Throwable unreachable(WebClientRequestException failure) {
        return new ServiceProblem(503, "Service Unavailable", failure.getUri().getHost() + ":" + failure.getUri().getPort() + " did not answer",
                List.of(), null);
    }

    private static Long seconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
