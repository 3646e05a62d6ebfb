package id.netra.access;

import id.netra.reference.ReferenceData;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Collection;

/** Validates bearer tokens from the configured issuer and maps their claims to a Netra user. */
final class OidcTokens {

    private OidcTokens() {
    }

    /** Issuer, expiry, signature (the issuer's published keys) and audience; the issuer is read on first use. */
    static JwtDecoder decoder(OidcProperties oidc) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(oidc.issuerUri());
            OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<Collection<String>>("aud",
                    aud -> aud != null && aud.contains(oidc.audience()));
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()), audience));
            return decoder;
        });
    }

    static Converter<Jwt, AbstractAuthenticationToken> converter(OidcProperties oidc, ReferenceData reference, UserRepository users) {
        return jwt -> {
            String username = jwt.getClaimAsString(oidc.usernameClaim());
            String roleName = jwt.getClaimAsString(oidc.roleClaim());
            if (username == null || username.isBlank() || roleName == null) {
                throw new InvalidBearerTokenException("token lacks the user or role claim");
            }
            Role role;
            try {
                role = Role.valueOf(roleName);
            } catch (IllegalArgumentException e) {
                throw new InvalidBearerTokenException("unknown role " + roleName);
            }
            String office = role.isBawaslu() ? jwt.getClaimAsString(oidc.officeClaim()) : null;
            String agency = role == Role.PPK ? jwt.getClaimAsString(oidc.agencyClaim()) : null;
            if (role.isBawaslu() && reference.office(office).isEmpty()) {
                throw new InvalidBearerTokenException("unknown office");
            }
            if (role == Role.PPK && reference.agency(agency).isEmpty()) {
                throw new InvalidBearerTokenException("unknown agency");
            }
            // Checked against the account on every request: a local account of that name that an administrator
            // disabled is refused, whatever the token says.
            if (!UserRepository.couldBeAccount(username)
                    || users.find(username).map(a -> !a.isEnabled()).orElse(false)) {
                throw new InvalidBearerTokenException("account disabled or name unusable");
            }
            UserAccount account = new UserAccount(new NetraUser(username, username, role, office, agency), null, true, null);
            return UsernamePasswordAuthenticationToken.authenticated(account, jwt, account.getAuthorities());
        };
    }
}
