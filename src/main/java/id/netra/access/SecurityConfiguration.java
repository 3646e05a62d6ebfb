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
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import id.netra.platform.Messages;
import id.netra.platform.ProblemResponses;

/**
 * Nothing is reachable without an account except the public report and status endpoints, the reference lists the
 * public report form chooses from (and the health probe).
 * The API uses HTTP Basic for now; a 401 or 403 is problem details like every other error.
 */
@Configuration
public class SecurityConfiguration {

    static final String LOGIN_URL = "/api/v1/session";
    /** The reference lists anyone may read: what a public report names. */
    public static final String[] PUBLIC_REFERENCE_LISTS = {"/api/v1/reference/regions", "/api/v1/reference/agencies",
            "/api/v1/reference/election-types"};
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @ConfigurationProperties("netra.security")
    public record Origins(java.util.List<String> allowedOrigins) {
        public Origins {
            allowedOrigins = allowedOrigins == null ? java.util.List.of() : allowedOrigins;
        }
    }

    /**
     * The public's pages ({@code /lapor}, and {@code /status}, which sends a guess on to {@code /lapor/status}) and the
     * pages' stylesheet: open to all, cross-site posts refused by {@link CrossSiteRequestGuard}, and a content security
     * policy that lets a page load its own stylesheet and nothing else — no script at all. Stateless for security: no
     * one is signed in here. The report form does start a browser session, which keeps nothing but the receipt of the
     * report that browser filed last ({@code intake.ReceiptInSession}) and the numbers of the report it looked up last
     * on the status page ({@code intake.StatusInSession}); it authenticates nothing, so there is nothing
     * for a forged request to ride and no CSRF token: a cross-site post is refused anyway, and the SameSite=Strict
     * cookie does not go with it.
     */
    @Bean
    @org.springframework.core.annotation.Order(0)
    SecurityFilterChain publicPages(HttpSecurity http, ObjectMapper json, Origins origins) throws Exception {
        http.securityMatcher("/lapor", "/lapor/**", "/status", "/verifikasi/**", "/statistik-publik", "/statistik-publik/**", "/css/**", "/js/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new org.springframework.security.web.savedrequest.NullRequestCache()))
                .addFilterBefore(new CrossSiteRequestGuard(json, origins.allowedOrigins()), SecurityContextHolderFilter.class)
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /**
     * The pages' headers: a page loads its own stylesheet, images and one small script of its own (no inline script, no
     * other origin) and posts its forms to itself, nothing else; it is never framed. The referrer policy is same-origin, not no-referrer: under no-referrer a browser
     * sends "Origin: null" with a form's post, which the cross-site guard rightly refuses; nothing leaves for another
     * site either way.
     */
    private static void pageHeaders(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        // connect-src 'self': the task page's script sends an evidence file to Netra itself, and nowhere else.
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; "
                        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /** The officers' pages: where they sign in and work. */
    public static final String PAGE_LOGIN = "/masuk";

    /**
     * The officers' pages: signed in with a form at {@value #PAGE_LOGIN} on the same PostgreSQL sessions as the API's
     * browser sign-in (ended with the account's rights by {@link AccountSessions}), every post carrying the session's
     * CSRF token as the form field {@code _csrf} (Thymeleaf adds it to every form), cross-site posts refused, the
     * login throttled per client; an unauthenticated visit goes to the sign-in page, which says why when a session
     * has ended. No script but the pages' own file may run.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain officerPages(HttpSecurity http, ObjectMapper json, AccountSessions accountSessions, LoginThrottle loginThrottle,
                                     Origins origins,
                                     @org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        SessionCsrfTokens csrfTokens = new SessionCsrfTokens(secureCookies);
        // The page an officer opened before signing in (a link to a case in a letter or mail) is where the sign-in leads.
        org.springframework.security.web.savedrequest.HttpSessionRequestCache pageRequests =
                new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        pageRequests.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !PAGE_LOGIN.equals(request.getServletPath()));
        http.securityMatcher(id.netra.platform.WebPages.OFFICER_PAGES)
                .authorizeHttpRequests(auth -> auth.requestMatchers(PAGE_LOGIN).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name()).anyRequest().authenticated())
                .formLogin(form -> form.loginPage(PAGE_LOGIN).loginProcessingUrl(PAGE_LOGIN).successHandler(signedIn(pageRequests))
                        .failureUrl(PAGE_LOGIN + "?gagal").permitAll())
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl(PAGE_LOGIN + "?keluar").deleteCookies("JSESSIONID"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((req, res, e) -> {
                    res.sendRedirect(req.getContextPath() + PAGE_LOGIN + (sessionEnded(req) ? "?berakhir" : ""));
                }).accessDeniedHandler(deniedPage(json)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .requestCache(cache -> cache.requestCache(pageRequests))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .addFilterBefore(new CrossSiteRequestGuard(json, origins.allowedOrigins()), SecurityContextHolderFilter.class)
                .addFilterAfter(accountSessions.filter(), SecurityContextHolderFilter.class)
                .addFilterBefore(loginThrottle.filter(json, PAGE_LOGIN), LogoutFilter.class)
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /**
     * Signed in at the page: to the page opened before (or the task whose form was sent after the session ended, {@link
     * KeptForm}), else the inbox. A form kept for another account is dropped here: nothing typed by one account reaches
     * another signing in on the same browser.
     */
    private static org.springframework.security.web.authentication.AuthenticationSuccessHandler signedIn(
            org.springframework.security.web.savedrequest.RequestCache pageRequests) {
        org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler next =
                new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/kotak-masuk");
        next.setRequestCache(pageRequests);
        return (req, res, auth) -> {
            KeptForm.dropUnlessOf(req, auth.getName());
            next.onAuthenticationSuccess(req, res, auth);
        };
    }

    /** Where a signed-in officer is told that a page is not theirs (an administration page, for one). */
    static final String PAGE_DENIED = "/ditolak";

    /**
     * A page refused to a signed-in officer answers 403 with a page that says so ({@link DeniedPage}); a missing or wrong
     * CSRF token stays the plain 403 it was — unless the form was posted in a session that has ended meanwhile (timed
     * out, signed out elsewhere, ended by a change of the account's rights) or with no session at all (its cookie gone,
     * the browser restarted): that is the sign-in page saying the session ended, as a page of that session would, and a
     * task's form is kept to be given back once its account has signed in again ({@link KeptForm}). The post itself is
     * never accepted; sign-in and sign-out without their token stay refused.
     */
    private static org.springframework.security.web.access.AccessDeniedHandler deniedPage(ObjectMapper json) {
        org.springframework.security.web.access.AccessDeniedHandlerImpl page = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        page.setErrorPage(PAGE_DENIED);
        org.springframework.security.web.access.AccessDeniedHandlerImpl plain = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        return (req, res, e) -> {
            if (e instanceof CsrfException && req.getServletPath().matches("/tugas/[^/]+/bukti")) {
                // The task page's script sends the evidence: it reads problem JSON, and says this one (reload the page).
                ProblemResponses.write(json, res, ProblemResponses.problem(ProblemResponses.CSRF, HttpStatus.FORBIDDEN,
                        Messages.current("problem.csrf.title"), Messages.current("access.csrf")));
                return;
            }
            if (e instanceof CsrfException && (sessionEnded(req) || withoutSession(req))) {
                try {
                    KeptForm.keep(req);
                } catch (RuntimeException unreadable) {
                    // a body that cannot be read as a form (broken, over its limit): nothing to keep
                }
                res.sendRedirect(req.getContextPath() + PAGE_LOGIN + "?berakhir");
                return;
            }
            (e instanceof CsrfException ? plain : page).handle(req, res, e);
        };
    }

    /** A page's form posted by nobody signed in, with no session at all (not the sign-in's or sign-out's own form). */
    private static boolean withoutSession(jakarta.servlet.http.HttpServletRequest req) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return req.getRequestedSessionId() == null && (auth == null || auth instanceof AnonymousAuthenticationToken)
                && !PAGE_LOGIN.equals(req.getServletPath()) && !"/keluar".equals(req.getServletPath());
    }

    /** The request came with a session that no longer is, or that ended on this very request. */
    private static boolean sessionEnded(jakarta.servlet.http.HttpServletRequest req) {
        return req.getAttribute(AccountSessions.ENDED) != null
                || (req.getRequestedSessionId() != null && !req.isRequestedSessionIdValid());
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, OidcProperties oidc, ReferenceData reference,
                            UserRepository users, AccountSessions accountSessions, LoginThrottle loginThrottle,
                            Origins origins,
                            @org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        SessionCsrfTokens csrfTokens = new SessionCsrfTokens(secureCookies);
        AuthenticationEntryPoint unauthenticated = (req, res, e) -> {
            // A challenge a browser would answer with its own password prompt (and then replay on cross-site posts) is
            // sent only to a client that asked for HTTP Basic itself.
            String authorization = req.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Basic", 0, 5)) {
                res.setHeader("WWW-Authenticate", "Basic realm=\"Netra\"");
            } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6)) {
                res.setHeader("WWW-Authenticate", "Bearer realm=\"Netra\", error=\"invalid_token\"");
            } else {
                res.setHeader("WWW-Authenticate", oidc.enabled() ? "Bearer realm=\"Netra\"" : "Session realm=\"Netra\"");
            }
            if (authorization == null && id.netra.platform.ProblemHandler.wantsPage(req)) {
                // A browser at an address outside the pages and the API: the officers' sign-in, not JSON.
                res.sendRedirect(req.getContextPath() + PAGE_LOGIN);
                return;
            }
            if (e instanceof org.springframework.security.authentication.LockedException) {
                ProblemResponses.write(json, res, signInRefused(e));
                return;
            }
            Object ended = req.getAttribute(AccountSessions.ENDED);
            if (ended == null && req.getRequestedSessionId() != null && !req.isRequestedSessionIdValid() && authorization == null) {
                ended = Messages.current("access.session.ended");
            }
            ProblemResponses.write(json, res, ended != null
                    ? ProblemResponses.problem(ProblemResponses.SESSION_ENDED, HttpStatus.UNAUTHORIZED,
                    Messages.current("problem.sessionEnded.title"), ended.toString())
                    : ProblemResponses.problem(ProblemResponses.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED,
                    Messages.current("problem.status.title.401"), Messages.current("problem.status.detail.401")));
        };
        if (oidc.enabled()) {
            http.oauth2ResourceServer(resource -> resource
                    .jwt(jwt -> jwt.decoder(OidcTokens.decoder(oidc)).jwtAuthenticationConverter(OidcTokens.converter(oidc, reference, users)))
                    .authenticationEntryPoint(unauthenticated));
        }
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/public/reports", "/api/v1/public/reports/*/completion",
                                "/api/v1/public/reports/*/withdrawal", "/api/v1/public/reports/*/evidence").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/reports/*", "/api/v1/public/reports/*/evidence",
                                "/api/v1/public/letters/*").permitAll()
                        // The lists the public report form chooses from (its region, each person's agency, the election)
                        // and nothing else of /api/v1/reference: offices, violation types, sanctions and statuses are
                        // for signed-in users. Not under /api/v1/public, so the form's reads cost no report's rate limit.
                        .requestMatchers(HttpMethod.GET, PUBLIC_REFERENCE_LISTS).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Netra").authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.accessDeniedHandler((req, res, e) -> {
                    if (e instanceof CsrfException) {
                        ProblemResponses.write(json, res, ProblemResponses.problem(ProblemResponses.CSRF, HttpStatus.FORBIDDEN,
                                Messages.current("problem.csrf.title"), Messages.current("access.csrf")));
                    } else {
                        ProblemResponses.write(json, res, ProblemResponses.problem(ProblemResponses.FORBIDDEN, HttpStatus.FORBIDDEN,
                                Messages.current("problem.forbidden.title"), Messages.current("problem.status.detail.403")));
                    }
                }))
                // Browsers sign in at /api/v1/session and then ride a session cookie (new id at login: no fixation;
                // sessions in PostgreSQL, idle timeout server.servlet.session.timeout, absolute lifetime in
                // AccountSessions). HTTP Basic and bearer tokens stay stateless and are checked on every request:
                // the session strategy runs at sign-in only (explicitly), so that no filter saves a Basic or bearer
                // authentication into a new session that a cookie-keeping client would then ride without a CSRF token.
                // (IF_REQUIRED, the default, may not be named beside it.)
                .sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId())
                        .requireExplicitAuthenticationStrategy(true))
                .formLogin(form -> form.loginPage(LOGIN_URL).loginProcessingUrl(LOGIN_URL).permitAll()
                        .successHandler((req, res, auth) -> signedIn(json, req, res, auth))
                        .failureHandler((req, res, e) -> ProblemResponses.write(json, res, signInRefused(e))))
                .logout(logout -> logout.logoutUrl("/api/v1/session/logout").deleteCookies("JSESSIONID")
                        .logoutSuccessHandler((req, res, auth) -> res.setStatus(HttpStatus.NO_CONTENT.value())))
                // CSRF protects every change that a session authenticates, whatever else the request carries (a stray
                // Authorization header switches nothing off). The token comes in the XSRF-TOKEN cookie and goes back in
                // the X-XSRF-TOKEN header. A request without an authenticated session either brings its own
                // credentials (Basic, bearer: checked by their filters, 401 if wrong) or is anonymous (the public
                // endpoints; anything else answers 401). Sign-in itself is guarded by the cross-site check below.
                // An anonymous request is answered, never remembered: no session is made to replay it after sign-in.
                .requestCache(cache -> cache.requestCache(new org.springframework.security.web.savedrequest.NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new SessionCsrfTokens.HeaderOnly())
                        .requireCsrfProtectionMatcher(request -> !SAFE_METHODS.contains(request.getMethod())
                                && !LOGIN_URL.equals(request.getServletPath()) && sessionAuthenticated()))
                .addFilterBefore(new CrossSiteRequestGuard(json, origins.allowedOrigins()), SecurityContextHolderFilter.class)
                .addFilterAfter(accountSessions.filter(), SecurityContextHolderFilter.class)
                .addFilterBefore(loginThrottle.filter(json, LOGIN_URL), LogoutFilter.class)
                .addFilterBefore(signInFormOnly(json), LogoutFilter.class)
                .addFilterAfter(new CsrfCookieFilter(csrfTokens), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                // JSON only: nothing may be framed, scripted or sniffed. HSTS is sent on requests that arrive over TLS.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /**
     * Sign-in takes its credentials from a form body only: never from the query string, where a password would land
     * in proxies' and servers' access logs.
     */
    private static org.springframework.web.filter.OncePerRequestFilter signInFormOnly(ObjectMapper json) {
        return new org.springframework.web.filter.OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                            jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
                if ("POST".equals(request.getMethod()) && LOGIN_URL.equals(request.getServletPath())) {
                    String type = request.getContentType();
                    if (type != null && org.springframework.http.MediaType.APPLICATION_JSON.isCompatibleWith(
                            org.springframework.http.MediaType.parseMediaType(type.split(";")[0].strip()))) {
                        // A program signs in with JSON ({"username", "password"}): read here, handed on as the form's
                        // parameters; the query string is still refused below.
                        java.util.Map<String, String> credentials = jsonCredentials(json, request);
                        if (credentials == null) {
                            ProblemResponses.write(json, response, ProblemHandler.invalid(java.util.List.of(
                                    id.netra.platform.FieldError.of("username", "access.signIn.jsonCredentials"))));
                            return;
                        }
                        request = new jakarta.servlet.http.HttpServletRequestWrapper(request) {
                            @Override
                            public String getParameter(String name) {
                                return credentials.containsKey(name) ? credentials.get(name) : super.getParameter(name);
                            }
                        };
                        type = "application/x-www-form-urlencoded";
                    }
                    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                        ProblemDetail pd = ProblemResponses.problem(ProblemResponses.SIGN_IN_CONTENT_TYPE, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                Messages.current("problem.status.title.415"), Messages.current("access.signIn.formOnly"));
                        pd.setProperty("errors", java.util.List.of(new id.netra.platform.FieldError("Content-Type", pd.getDetail())));
                        ProblemResponses.write(json, response, pd);
                        return;
                    }
                    String query = request.getQueryString();
                    if (query != null && java.util.Arrays.stream(query.split("&"))
                            .map(p -> p.split("=", 2)[0]).anyMatch(p -> p.equals("password") || p.equals("username"))) {
                        ProblemResponses.write(json, response, ProblemHandler.invalid(java.util.List.of(
                                id.netra.platform.FieldError.of("password", "access.signIn.credentialsInAddress"))));
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * A refused sign-in: a locked account says so (its lock came from failed attempts, so whoever tries it already
     * knows it exists), anything else — a wrong name or password, a disabled account — reads the same.
     */
    static ProblemDetail signInRefused(org.springframework.security.core.AuthenticationException e) {
        if (e instanceof org.springframework.security.authentication.LockedException) {
            return ProblemResponses.problem(ProblemResponses.ACCOUNT_LOCKED, HttpStatus.UNAUTHORIZED,
                    Messages.current("problem.accountLocked.title"), Messages.current("access.signIn.locked"));
        }
        return ProblemResponses.problem(ProblemResponses.SIGN_IN_FAILED, HttpStatus.UNAUTHORIZED,
                Messages.current("problem.signInFailed.title"), Messages.current("access.signIn.failed"));
    }

    /** {@code {"username": "...", "password": "..."}}, both strings; null for any other body. */
    private static java.util.Map<String, String> jsonCredentials(ObjectMapper json, jakarta.servlet.http.HttpServletRequest request) {
        try {
            com.fasterxml.jackson.databind.JsonNode body = json.readTree(request.getInputStream());
            if (body == null || !body.isObject() || !body.path("username").isTextual() || !body.path("password").isTextual()) {
                return null;
            }
            return java.util.Map.of("username", body.path("username").asText(), "password", body.path("password").asText());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * What a program signing in learns (asked for JSON: a JSON body or {@code Accept: application/json}): who signed in,
     * and the session's CSRF token with the header to send it back in (the same token the {@code XSRF-TOKEN} cookie
     * holds). A form asking for nothing in particular gets 204, as it always did.
     */
    private static void signedIn(ObjectMapper json, jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res,
                                 Authentication auth) throws java.io.IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept").toLowerCase(java.util.Locale.ROOT);
        Object token = req.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
        if (!(type.startsWith("application/json") || accept.contains("application/json"))
                || !(token instanceof org.springframework.security.web.csrf.CsrfToken csrf)) {
            res.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        res.setStatus(HttpStatus.OK.value());
        res.setContentType("application/json");
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(), java.util.Map.of("username", auth.getName(), "csrfToken", csrf.getToken(),
                "csrfHeaderName", csrf.getHeaderName(), "csrfCookieName", SessionCsrfTokens.COOKIE));
    }

    /** Whether the session (loaded before the CSRF filter runs) authenticates this request. */
    private static boolean sessionAuthenticated() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** The firewall's refusals (encoded slashes, a NUL in the path...) as problem details, not the container's page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (req, res, e) -> ProblemResponses.write(json, res, ProblemHandler.invalid(java.util.List.of(
                id.netra.platform.FieldError.of("path", "access.rejectedPath"))));
    }

    /**
     * Loads the session's CSRF token on every request a session authenticates, so that its cookie reaches the browser;
     * an anonymous request or one with its own credentials gets none (and no session is made for it).
     */
    static final class CsrfCookieFilter extends org.springframework.web.filter.OncePerRequestFilter {
        private final SessionCsrfTokens tokens;

        CsrfCookieFilter(SessionCsrfTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
                                        jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            Object token = request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            if (token instanceof org.springframework.security.web.csrf.CsrfToken csrf && session != null && sessionAuthenticated()
                    && request.getHeader("Authorization") == null) {
                tokens.refreshCookie(csrf, request, response);
            }
            chain.doFilter(request, response);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserRepository users) {
        return username -> users.find(UserRepository.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
