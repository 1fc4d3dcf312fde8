package vn.gov.dossier.web.support;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** A file a service serves (a paper, a receipt, a signed result, a CSV) passed through to the browser as it streams. */
public final class Downloads {

    private Downloads() {
    }

    public static Mono<Void> relay(WebClient.RequestHeadersSpec<?> request, ServerHttpResponse response) {
        return request.exchangeToMono(answer -> {
            HttpHeaders from = answer.headers().asHttpHeaders();
            response.setStatusCode(answer.statusCode());
            for (String name : new String[] {HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LENGTH}) {
                if (from.containsHeader(name)) {
                    response.getHeaders().put(name, from.getValuesAsList(name));
                }
            }
            response.getHeaders().set("X-Content-Type-Options", "nosniff");
            return response.writeWith(answer.bodyToFlux(DataBuffer.class));
        });
    }
}
