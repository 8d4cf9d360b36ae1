package org.mscpathway.platform.security;


import java.time.Clock;
import java.util.Map;
import org.mscpathway.platform.problem.ProblemResponses;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Two filter chains. Machine clients ({@code /api/**}, {@code /actuator/**}, CDS Hooks' {@code /cds-services}) sign in on every request with HTTP
 * Basic or, when an OIDC issuer is configured, a bearer token: no session, so no CSRF token either, and 401/403
 * come back as problem documents. Everything else is for browsers: form sign-in, a session and CSRF protection;
 * people may instead sign in at the hospital's identity provider when one is configured
 * ({@link IdentityProviderSignIn}); the workflow UI admits each role to the steps it performs, as the API does, and
 * the rules page to admins;
 * Camunda's Cockpit and Tasklist under {@code /camunda} are for admins only.
 */
@Configuration
class SecurityConfiguration {

    private static final String COORDINATOR = Role.COORDINATOR.name();
    private static final String PHYSICIAN = Role.PHYSICIAN.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String[] ANY_ROLE = {COORDINATOR, PHYSICIAN, ADMIN};
    /** Patient data is for the clinical roles: an administrator alone manages accounts and rules, reads no case. */
    private static final String[] CLINICAL = {COORDINATOR, PHYSICIAN};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptLimit(new BCryptPasswordEncoder());
    }

    /**
     * Browser sessions saved with PostgreSQL's upsert: two requests of a new session (a page and its favicon) that
     * both save the same new attribute otherwise collide on the attributes' key, and one of them answers 500.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionsOnPostgresql() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Username and password sign-in (Basic and the form), BCrypt skipped for a recently verified password. */
    @Bean
    RememberingPasswordCheck passwordCheck(PlatformUsers users, PasswordEncoder passwords,
            VerifiedCredentials verified) {
        return new RememberingPasswordCheck(users::loadUserByUsername, passwords, verified);
    }

    /**
     * No observation of each security filter and authentication (4 % of a request's CPU, docs/performance.md): request
     * metrics come from the servlet's own observation, and the audit trail records sign-ins and refusals from Spring
     * Security's events, which stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Publishes refused requests as events, which the audit trail records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthentication problems, ObjectProvider<JwtDecoder> jwtDecoder,
            PlatformSecurityProperties properties, SignInThrottle throttle, ProblemResponses responses, Clock clock)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/cds-services", "/cds-services/**")
                .addFilterBefore(new SignInThrottleFilter(throttle, responses), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> apiRules(rules, properties.metricsRole()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(BrowserHeaders.api())
                .addFilterBefore(new ApiBodyTypes(responses), BasicAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            JwtDecoder verified = new VerifiedTokens(decoder, properties.verifiedCredentials().lifetime(), clock);
            http.oauth2ResourceServer(oauth -> oauth
                    .jwt(jwt -> jwt.decoder(verified).jwtAuthenticationConverter(new JwtActors(properties.jwt())))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        return http.build();
    }

    /** The design's REST table, one line per endpoint; anything not listed needs at least one platform role. */
    private static void apiRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            Role metricsRole) {
        rules.requestMatchers(POST, "/api/v1/evaluations").hasAnyRole(COORDINATOR, PHYSICIAN)
                .requestMatchers(GET, "/api/v1/rules", "/api/v1/indications").hasAnyRole(ANY_ROLE)
                .requestMatchers(POST, "/api/v1/cases").hasRole(COORDINATOR)
                .requestMatchers(GET, "/api/v1/cases/*/access-log").hasRole(PHYSICIAN)
                .requestMatchers(GET, "/api/v1/cases", "/api/v1/cases/*", "/api/v1/cases/*/timeline")
                .hasAnyRole(CLINICAL)
                .requestMatchers(PUT, "/api/v1/cases/*/medical-history", "/api/v1/cases/*/physical-exam",
                        "/api/v1/cases/*/investigations").hasRole(COORDINATOR)
                .requestMatchers(POST, "/api/v1/cases/*/decision").hasRole(PHYSICIAN)
                .requestMatchers(POST, "/api/v1/cases/*/withdraw").hasRole(COORDINATOR)
                .requestMatchers(POST, "/api/v1/cases/*/fhir-import").hasRole(COORDINATOR)
                .requestMatchers(GET, "/api/v1/cases/*/fhir-import", "/api/v1/cases/*/careplan").hasAnyRole(CLINICAL)
                // CDS Hooks: an EHR signs in as a platform account (bearer token or Basic) with a screening role
                .requestMatchers(GET, "/cds-services").hasAnyRole(ANY_ROLE)
                .requestMatchers(POST, "/cds-services/*", "/cds-services/*/feedback").hasAnyRole(COORDINATOR, PHYSICIAN)
                .requestMatchers(GET, "/api/v1/tasks", "/api/v1/notifications").hasAnyRole(ANY_ROLE)
                .requestMatchers(POST, "/api/v1/notifications/*/read").hasAnyRole(ANY_ROLE)
                .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(ADMIN)
                .requestMatchers(POST, "/api/v1/cases/*/rescreen").hasAnyRole(COORDINATOR, PHYSICIAN)
                .requestMatchers(GET, "/api/v1/rulesets", "/api/v1/rulesets/*").hasAnyRole(ANY_ROLE)
                .requestMatchers("/api/v1/rulesets/**").hasRole(ADMIN)
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/prometheus").hasRole(metricsRole.name())
                .requestMatchers("/actuator/**").hasRole(ADMIN)
                .anyRequest().hasAnyRole(ANY_ROLE);
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, PlatformSecurityProperties properties, Clock clock,
            SignInThrottle throttle, ProblemResponses responses,
            ObjectProvider<ClientRegistrationRepository> identityProviders, ExternalAccounts externalAccounts,
            ApplicationEventPublisher events) throws Exception {
        ClientRegistrationRepository registrations = identityProviders.getIfAvailable();
        http.addFilterBefore(new SessionLifetime(properties.sessions().absoluteLifetime(), clock),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, responses),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/login", "/error", ForbiddenPage.PATH, "/favicon.ico", "/css/**", "/js/**", "/webjars/**").permitAll()
                        .requestMatchers(CamundaWrites.MATCHERS).denyAll()
                        .requestMatchers("/camunda/**").hasRole(ADMIN)
                        // the workflow UI: who may act on the pathway's steps, as in the API's table
                        .requestMatchers("/cases/new").hasRole(COORDINATOR)
                        .requestMatchers(POST, "/cases", "/cases/*/medical-history", "/cases/*/physical-exam",
                                "/cases/*/investigations", "/cases/*/withdraw").hasRole(COORDINATOR)
                        .requestMatchers(POST, "/cases/*/decision").hasRole(PHYSICIAN)
                        .requestMatchers("/rules", "/rulesets", "/rulesets/**").hasRole(ADMIN)
                        .requestMatchers(POST, "/cases/*/rescreen").hasAnyRole(COORDINATOR, PHYSICIAN)
                        // the pages that show cases (the board and its event stream, case pages, the reviews, the
                        // dashboard and its CSV) are for the clinical roles
                        .requestMatchers("/board", "/board/**", "/cases/**", "/physician", "/dashboard",
                                "/dashboard.csv").hasAnyRole(CLINICAL)
                        .anyRequest().hasAnyRole(ANY_ROLE))
                .exceptionHandling(errors -> errors.accessDeniedHandler(ForbiddenPage.handler()))
                .formLogin(form -> form.loginPage("/login").failureHandler(signInFailure()).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessHandler(IdentityProviderSignIn.signOut(registrations)))
                .headers(BrowserHeaders.browser(IdentityProviderSignIn.signOutOrigins(registrations)))
                // Camunda's webapp guards its own API with its own CSRF token (CsrfPreventionFilter).
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/api/**"));
        if (registrations != null) {
            IdentityProviderSignIn.configure(http, registrations, new IdentityProviderUsers(
                    new IdentityClaims(properties.jwt(), properties.oidc()), externalAccounts, events));
        }
        return http.build();
    }

    /** Wrong credentials back to the form with an error; an account store that did not answer with "try again". */
    private static AuthenticationFailureHandler signInFailure() {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(InternalAuthenticationServiceException.class.getName(),
                "/login?unavailable"));
        return failure;
    }
}
