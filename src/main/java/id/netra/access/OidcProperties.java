package id.netra.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Optional single sign-on: with {@code issuer-uri} set, the API also accepts bearer tokens from that OpenID Connect
 * issuer (e.g. Keycloak). The token must carry {@code audience}; its claims name the user, the role and the office
 * or agency.
 */
@ConfigurationProperties("netra.security.oidc")
public record OidcProperties(String issuerUri, String audience, String usernameClaim, String roleClaim,
                             String officeClaim, String agencyClaim) {

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
