package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscpathway.identityprovider.IdentityProviderProperties;
import org.mscpathway.identityprovider.TestIdentityProvider;
import org.mscpathway.notification.routing.Recipient;
import org.mscpathway.notification.routing.StaffDirectory;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.audit.AuditEntry;
import org.mscpathway.platform.audit.AuditOutcome;
import org.mscpathway.platform.audit.AuditTrail;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Single sign-on in a real browser against a real OIDC provider (Spring Authorization Server, its own application
 * on its own port): the sign-in page offers the hospital's sign-in beside the form; the provider's login brings the
 * person back signed in with the roles its claims grant, as a platform account of the provider's; signing out ends
 * the provider's session too; an account an administrator disabled is refused however the provider vouches for it.
 */
@PlatformTest
class IdentityProviderSignInBrowserTest {

    private static final By HOSPITAL_SIGN_IN = By.cssSelector(".identity-providers a");
    private static final By PROVIDER_PASSWORD = By.cssSelector("input[type=password]");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @Autowired
    StaffDirectory staff;

    @Autowired
    MockMvc mvc;

    @Test
    void physicianSignsInAtTheHospitalsProviderIsProvisionedAndSigningOutEndsTheProvidersSessionToo()
            throws Exception {
        // the provider only sends people back to the redirect addresses it knows (and only loopback IPs, not
        // "localhost"), so the platform is addressed as 127.0.0.1 like the provider: one site, two applications
        String platform = "http://127.0.0.1:" + port;
        TestIdentityProvider.admit(platform);
        try (Browser browser = Browser.open(platform)) {
            // given the sign-in page, which offers the hospital's sign-in beside the form
            browser.go("/login");
            assertThat(browser.find(HOSPITAL_SIGN_IN).getText())
                    .isEqualTo("Sign in with " + IdentityProviderProperties.CLIENT_NAME);
            browser.screenshot("sign-in-with-identity-provider");

            // when the physician signs in at the provider
            signInAtTheProvider(browser, "dr.oidc");

            // then they are back on the platform, signed in as a physician only (the unknown and the other
            // application's roles in the same claim grant nothing)
            browser.waitFor(By.cssSelector(".site-header"));
            // (a physician lands on their review queue)
            assertThat(browser.url()).startsWith(platform + "/physician");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("My reviews");
            assertThat(browser.findAll(By.cssSelector(".site-header a[href$='/cases/new']"))).isEmpty();
            assertThat(account("dr.oidc")).isEqualTo(Map.of("identity_provider", "hospital", "has_password", false,
                    "email", "dr.oidc@hospital.test", "enabled", true));
            assertThat(roles("dr.oidc")).containsExactly("PHYSICIAN");
            assertThat(signIns("dr.oidc")).first().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("SIGN_IN via hospital: account created, roles [PHYSICIAN], teams [cardiology, knee-clinic]");
                assertThat(entry.roles()).containsExactly(Role.PHYSICIAN);
            });
            // notifications reach them in their care teams as they reach local users
            assertThat(staff.withRole("PHYSICIAN", "knee-clinic")).contains(new Recipient("dr.oidc", "dr.oidc@hospital.test"));

            // when they sign out, the provider's session ends as well: signing in again asks for the password
            browser.click(By.cssSelector(".site-header form[action$='/logout'] button[type=submit]"));
            browser.waitForText(By.cssSelector("main"), "You have signed out.");
            assertThat(browser.url()).isEqualTo(platform + "/login?logout");
            browser.go("/board");
            assertThat(browser.path()).startsWith("/login");
            browser.click(HOSPITAL_SIGN_IN);
            browser.waitFor(PROVIDER_PASSWORD);
            assertThat(browser.url()).startsWith(TestIdentityProvider.issuer());

            // and a second sign-in updates the same account
            signInAtTheProvider(browser, "dr.oidc");
            browser.waitFor(By.cssSelector(".site-header"));
            assertThat(signIns("dr.oidc")).first().extracting(AuditEntry::action)
                    .isEqualTo("SIGN_IN via hospital: account updated, roles [PHYSICIAN] -> [PHYSICIAN],"
                            + " teams [cardiology, knee-clinic] -> [cardiology, knee-clinic]");

            // when an administrator disables the account, the provider's word no longer lets them in
            mvc.perform(put("/api/v1/users/dr.oidc").with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"roles\": [\"PHYSICIAN\"], \"enabled\": false}"))
                    .andExpect(status().isOk());
            browser.go("/board");
            assertThat(browser.path()).startsWith("/login");
            browser.click(HOSPITAL_SIGN_IN);
            browser.waitForText(By.cssSelector("[role=alert]"), "Your MSC Pathway account is disabled.");
            browser.screenshot("sign-in-refused-account-disabled");
            assertThat(trail.latest(1)).as("latest %s", trail.latest(3)).singleElement().satisfies(entry -> {
                assertThat(entry.username()).isEqualTo("Dr.OIDC");
                assertThat(entry.action()).isEqualTo("SIGN_IN via hospital refused: account-disabled");
                assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILED);
            });
        }
    }

    @Test
    void personWithoutAUserNameAtTheProviderIsRefusedWithTheClaimNamed() throws Exception {
        String platform = "http://127.0.0.1:" + port;
        TestIdentityProvider.admit(platform);
        try (Browser browser = Browser.open(platform)) {
            browser.go("/login");
            signInAtTheProvider(browser, "no.name");

            browser.waitForText(By.cssSelector("[role=alert]"), "did not tell MSC Pathway your user name");
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("'preferred_username'");
            assertThat(browser.path()).isEqualTo("/login?refused=missing-username");
            browser.go("/board");
            assertThat(browser.path()).startsWith("/login");
        }
    }

    private void signInAtTheProvider(Browser browser, String username) {
        if (!browser.url().startsWith(TestIdentityProvider.issuer())) {
            browser.click(HOSPITAL_SIGN_IN);
        }
        browser.waitFor(PROVIDER_PASSWORD);
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), TestIdentityProvider.PASSWORD);
        browser.click(By.cssSelector("button[type=submit]"));
    }

    private Map<String, Object> account(String username) {
        return jdbc.sql("""
                        SELECT identity_provider, password_hash IS NOT NULL AS has_password, email, enabled
                          FROM msc.platform_user WHERE username = ?""")
                .param(username).query().singleRow();
    }

    private List<String> roles(String username) {
        return jdbc.sql("SELECT role FROM msc.platform_user_role WHERE username = ? ORDER BY role")
                .param(username).query(String.class).list();
    }

    /** The person's sign-in entries, newest first. */
    private List<AuditEntry> signIns(String username) {
        return trail.latest(50).stream()
                .filter(entry -> entry.username().equals(username) && entry.action().startsWith("SIGN_IN via"))
                .toList();
    }
}
