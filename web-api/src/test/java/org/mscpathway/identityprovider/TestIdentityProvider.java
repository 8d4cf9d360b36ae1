package org.mscpathway.identityprovider;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OIDC provider for the tests (Spring Authorization Server) in its own small application on its own port,
 * the way a hospital's identity provider stands beside the platform: a login form, the platform as a confidential
 * client that must use PKCE and is trusted without a consent page, and people whose ID tokens carry the roles,
 * teams, email and user name claims the platform reads. It reads none of the platform's configuration and shares
 * no bean with it. Outside the platform's packages, so the platform's component scan never finds it.
 */
@EnableWebSecurity
// a web server and a servlet (Tomcat runs no filter for a request no servlet is mapped to); nothing else of Boot's
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
public class TestIdentityProvider {

    public static final String CLIENT_ID = "msc-pathway";
    public static final String CLIENT_SECRET = "msc-pathway-test-secret";
    /** The platform's registration id for this provider ({@code /oauth2/authorization/hospital}). */
    public static final String REGISTRATION = "hospital";
    public static final String PASSWORD = "hospital-password";

    /** People at the hospital and the claims their ID tokens carry beyond the standard ones. */
    public static final Map<String, Map<String, Object>> PEOPLE = Map.of(
            "dr.oidc", Map.of("preferred_username", "Dr.OIDC", "email", "dr.oidc@hospital.test",
                    "roles", List.of("msc-pathway:physician", "msc-pathway:surgeon", "radiology:admin"),
                    "msc_teams", List.of("cardiology", "knee-clinic")),
            "no.name", Map.of("roles", List.of("msc-pathway:coordinator")));

    private static final RegisteredClient.Builder CLIENT = RegisteredClient.withId(UUID.randomUUID().toString())
            .clientId(CLIENT_ID)
            .clientSecret("{noop}" + CLIENT_SECRET)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
            .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());

    private static ConfigurableApplicationContext running;

    /** Starts the provider on a free port of 127.0.0.1 (once per test run) and returns its issuer address. */
    public static synchronized String start() {
        if (running == null) {
            running = new SpringApplicationBuilder(TestIdentityProvider.class)
                    .web(WebApplicationType.SERVLET)
                    .logStartupInfo(false)
                    // none of the platform's application.yml: this is another application
                    .run("--spring.config.name=msc-test-identity-provider", "--server.port=0",
                            "--server.address=127.0.0.1", "--spring.main.banner-mode=off");
        }
        return issuer();
    }

    public static String issuer() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) running).getWebServer().getPort();
    }

    /** Registers the platform's redirect addresses for where it listens (known once the platform has started). */
    public static void admit(String platform) {
        running.getBean(InMemoryRegisteredClientRepository.class).save(CLIENT
                .redirectUri(platform + "/login/oauth2/code/" + REGISTRATION)
                .postLogoutRedirectUri(platform + "/login?logout")
                .build());
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .oauth2ResourceServer(userInfo -> userInfo.jwt(Customizer.withDefaults()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("STAFF").build())
                .toList());
    }

    @Bean
    InMemoryRegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(
                CLIENT.redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION).build());
    }

    /** The hospital's claims go into the ID token, as a provider's claim mappers put them there. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> hospitalClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                PEOPLE.getOrDefault(context.getPrincipal().getName(), Map.of()).forEach(context.getClaims()::claim);
            }
        };
    }

    /** A signing key made for this run. */
    @Bean
    JWKSource<SecurityContext> keys() throws JOSEException {
        return new ImmutableJWKSet<>(new JWKSet(new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
                .generate()));
    }

    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
