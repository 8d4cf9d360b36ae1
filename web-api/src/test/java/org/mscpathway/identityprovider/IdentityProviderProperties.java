package org.mscpathway.identityprovider;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Configures the platform's browser sign-in at {@link TestIdentityProvider}, as a site configures its hospital's
 * provider: the standard {@code spring.security.oauth2.client.*} properties with the provider's issuer address. The
 * provider starts first, since the platform reads the provider's discovery document when it starts.
 */
public class IdentityProviderProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String CLIENT_NAME = "Hospital sign-in";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String issuer = TestIdentityProvider.start();
        String registration = "spring.security.oauth2.client.registration." + TestIdentityProvider.REGISTRATION;
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-identity-provider", Map.of(
                registration + ".client-id", TestIdentityProvider.CLIENT_ID,
                registration + ".client-secret", TestIdentityProvider.CLIENT_SECRET,
                registration + ".client-name", CLIENT_NAME,
                registration + ".scope", "openid,profile,email",
                "spring.security.oauth2.client.provider." + TestIdentityProvider.REGISTRATION + ".issuer-uri", issuer)));
    }
}
