package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.MscPathwayApplication;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.embedded.EmbeddedDefault;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Demo accounts: seeded with a hashed password where allowed, refused in any other profile and on an external
 * database unless a test allows it.
 */
@PlatformTest
class DemoAccountsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PlatformUsers users;

    @Autowired
    PlatformSecurityProperties properties;

    @Autowired
    TeamSettings teams;

    @Test
    void demoAccountsAreStoredWithBcryptHashesAndTheirRoles() {
        String hash = jdbc.queryForObject("SELECT password_hash FROM msc.platform_user WHERE username = 'physician2'",
                String.class);
        assertThat(hash).startsWith("$2").isNotEqualTo("demo");
        assertThat(passwords.matches("demo", hash)).isTrue();
        // other tests of the shared context add accounts of their own; the demo accounts are these four
        assertThat(jdbc.queryForList("""
                SELECT username || ':' || role FROM msc.platform_user_role
                 WHERE username IN ('admin', 'coordinator', 'physician', 'physician2') ORDER BY 1""", String.class))
                .containsExactly("admin:ADMIN", "coordinator:COORDINATOR", "physician2:PHYSICIAN",
                        "physician:PHYSICIAN");
    }

    @Test
    void theDemoAccountsShareOneHashSoARestartChecksThePasswordOnce() {
        seedAsAStartDoes();
        CountingEncoder counting = new CountingEncoder(passwords);

        new DemoAccounts(users, counting, properties, teams).afterSingletonsInstantiated();

        assertThat(demoHashes()).as("one hash for the four accounts").hasSize(1);
        assertThat(counting.checks).isEqualTo(1);
        assertThat(counting.hashes).isZero();
    }

    @Test
    void aDemoAccountWithTheSamePasswordUnderAnotherSaltTakesTheSharedHash() {
        seedAsAStartDoes();
        String shared = users.passwordHash("admin");
        users.save("physician2", passwords.encode("demo"), Set.of(Role.PHYSICIAN),
                users.teams("physician2").orElseThrow());
        CountingEncoder counting = new CountingEncoder(passwords);

        new DemoAccounts(users, counting, properties, teams).afterSingletonsInstantiated();

        assertThat(demoHashes()).containsExactly(shared);
        assertThat(counting.checks).isEqualTo(1);
        assertThat(counting.hashes).isZero();
    }

    /** Undoes whatever other tests of the shared context did to the demo accounts. */
    private void seedAsAStartDoes() {
        new DemoAccounts(users, passwords, properties, teams).afterSingletonsInstantiated();
    }

    private List<String> demoHashes() {
        return jdbc.queryForList("""
                SELECT DISTINCT password_hash FROM msc.platform_user
                 WHERE username IN ('admin', 'coordinator', 'physician', 'physician2')""", String.class);
    }

    /** The platform's encoder, counting the slow calls. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder encoder;
        int checks;
        int hashes;

        CountingEncoder(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence raw) {
            hashes++;
            return encoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return encoder.matches(raw, encoded);
        }
    }

    @Test
    void demoAccountsWithTheProductionProfileRefuseToStartBeforeTouchingAnything() {
        SpringApplication application = new SpringApplication(MscPathwayApplication.class);

        assertThatThrownBy(() -> application.run("--spring.profiles.active=production",
                "--msc.security.demo-accounts.enabled=true",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
                .isInstanceOf(DemoAccountsRefusedException.class)
                .hasMessageContaining("[production]")
                .hasMessageContaining("msc.security.demo-accounts.enabled=false");
    }

    @Test
    void demoAccountsAreAllowedInTheEmbeddedProfile() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("msc.security.demo-accounts.enabled", "true");
        environment.setActiveProfiles("embedded");

        assertThatCode(() -> new DemoAccountsGuard().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void demoAccountsWithAnyOtherProfileBesideEmbeddedAreRefused() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("msc.security.demo-accounts.enabled", "true");
        environment.setActiveProfiles("embedded", "staging");

        assertThatThrownBy(() -> new DemoAccountsGuard().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(DemoAccountsRefusedException.class).hasMessageContaining("[staging]");
    }

    @Test
    void demoAccountsOnAnExternalDatabaseRefuseToStartBeforeTouchingIt() {
        SpringApplication application = new SpringApplication(MscPathwayApplication.class);

        assertThatThrownBy(() -> application.run("--msc.security.demo-accounts.enabled=true",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "--server.port=0"))
                .isInstanceOf(DemoAccountsRefusedException.class)
                .hasMessageContaining("external database")
                .hasMessageContaining("msc.security.demo-accounts.enabled=false");
    }

    @Test
    void demoAccountsOnAnExternalDatabaseNeedTheTestsExplicitAllowance() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("msc.security.demo-accounts.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/msc");

        assertThatThrownBy(() -> DemoAccountsGuard.refuseAnExternalDatabase(environment))
                .isInstanceOf(DemoAccountsRefusedException.class);
        environment.setProperty(DemoAccountsGuard.TESTS_ALLOWANCE, "true");
        assertThatCode(() -> DemoAccountsGuard.refuseAnExternalDatabase(environment)).doesNotThrowAnyException();
    }

    @Test
    void theEmbeddedDefaultsOwnDatabaseIsNotExternal() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("msc.security.demo-accounts.enabled", "true");
        environment.getPropertySources().addFirst(new MapPropertySource(EmbeddedDefault.SERVICES_PROPERTY_SOURCE,
                Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:15432/mscpathway")));

        assertThatCode(() -> DemoAccountsGuard.refuseAnExternalDatabase(environment)).doesNotThrowAnyException();
    }
}
