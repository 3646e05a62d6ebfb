package id.netra.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.netra.platform.ProblemHandler;
import id.netra.reference.ReferenceData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Nothing is reachable without an account except the public report and status endpoints (and the health probe).
 * The API uses HTTP Basic for now; a 401 or 403 is problem details like every other error.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, OidcProperties oidc, ReferenceData reference) throws Exception {
        org.springframework.security.web.AuthenticationEntryPoint unauthenticated = (req, res, e) -> {
            res.setHeader("WWW-Authenticate", oidc.enabled() ? "Basic realm=\"Netra\", Bearer" : "Basic realm=\"Netra\"");
            write(json, res, ProblemHandler.problem(HttpStatus.UNAUTHORIZED, "Belum masuk",
                    "Masuk dengan akun Netra untuk mengakses sumber daya ini."));
        };
        if (oidc.enabled()) {
            http.oauth2ResourceServer(resource -> resource
                    .jwt(jwt -> jwt.decoder(OidcTokens.decoder(oidc)).jwtAuthenticationConverter(OidcTokens.converter(oidc, reference)))
                    .authenticationEntryPoint(unauthenticated));
        }
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/public/reports", "/api/v1/public/reports/*/completion",
                                "/api/v1/public/reports/*/withdrawal").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/reports/*").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Netra").authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.accessDeniedHandler((req, res, e) ->
                        write(json, res, ProblemHandler.problem(HttpStatus.FORBIDDEN, "Ditolak",
                                "Anda tidak berwenang melakukan tindakan ini."))))
                // Browsers sign in at /api/v1/session and then ride a session cookie (new id at login: no fixation;
                // timeout server.servlet.session.timeout). HTTP Basic and bearer tokens stay stateless.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .formLogin(form -> form.loginPage("/api/v1/session").loginProcessingUrl("/api/v1/session").permitAll()
                        .successHandler((req, res, auth) -> {
                            res.setStatus(HttpStatus.NO_CONTENT.value());
                        })
                        .failureHandler((req, res, e) -> write(json, res, ProblemHandler.problem(HttpStatus.UNAUTHORIZED,
                                "Gagal masuk", "Nama akun atau kata sandi salah, atau akun sedang dikunci."))))
                .logout(logout -> logout.logoutUrl("/api/v1/session/logout").deleteCookies("JSESSIONID")
                        .logoutSuccessHandler((req, res, auth) -> res.setStatus(HttpStatus.NO_CONTENT.value())))
                // CSRF protects what a session cookie authenticates: the token comes in the XSRF-TOKEN cookie and goes
                // back in the X-XSRF-TOKEN header. Requests carrying their own credentials (Basic, bearer) or no session
                // at all (the public endpoints, an anonymous caller, who gets 401) do not need it.
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null,
                                request -> request.getRequestedSessionId() == null,
                                request -> request.getRequestURI().equals("/api/v1/session")))
                .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                // JSON only: nothing may be framed, scripted or sniffed. HSTS is sent on requests that arrive over TLS.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** Loads the deferred CSRF token on every request so that its cookie reaches the browser. */
    static final class CsrfCookieFilter extends org.springframework.web.filter.OncePerRequestFilter {
        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
                                        jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            Object token = request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
            if (token instanceof org.springframework.security.web.csrf.CsrfToken csrf && request.getHeader("Authorization") == null) {
                csrf.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    private static void write(ObjectMapper json, jakarta.servlet.http.HttpServletResponse res, ProblemDetail problem)
            throws java.io.IOException {
        res.setStatus(problem.getStatus());
        res.setContentType("application/problem+json");
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(), problem);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserRepository users) {
        return username -> users.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
