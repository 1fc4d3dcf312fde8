package vn.gov.dossier.platform.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A service's rules of who may call which of its endpoints, by role (each service declares one bean). Whatever no rule
 * names is denied. Which unit's objects an officer may touch is the endpoint's own check: another unit's object answers
 * 404, never its data.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);
}
