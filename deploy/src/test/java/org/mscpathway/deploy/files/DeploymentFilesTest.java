package org.mscpathway.deploy.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mscpathway.deploy.files.DeploymentFiles.HealthCheck;
import org.mscpathway.deploy.files.DeploymentFiles.Image;
import org.mscpathway.deploy.files.DeploymentFiles.Variable;

/**
 * The deployment files can only be tried where Docker and Kubernetes run; what they say can be checked here: every
 * setting they give the platform is one it reads, every image is pinned, every health check asks a real endpoint.
 */
class DeploymentFilesTest {

    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";
    /** A tag that names a version (digits in it, never "latest"), optionally followed by a digest. */
    private static final Pattern PINNED = Pattern.compile(
            "[a-z0-9./-]+:(?!latest)[A-Za-z0-9._-]*[0-9][A-Za-z0-9._-]*(@sha256:[0-9a-f]{64})?");

    private static PlatformSettings platform;
    private static DeploymentFiles files;

    @BeforeAll
    static void read() {
        platform = PlatformSettings.of(Path.of(System.getProperty("msc.platform.jar", "../web-api/target/msc-pathway.jar")));
        files = DeploymentFiles.read(Path.of(System.getProperty("msc.deploy.dir", ".")));
    }

    @Test
    void everyVariableGivenToThePlatformIsOneItReads() {
        List<Variable> variables = files.variables();

        assertThat(variables).extracting(Variable::name)
                .contains("SPRING_DATASOURCE_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "MSC_NOTIFICATION_ENABLED",
                        "SPRING_DATASOURCE_PASSWORD", "MANAGEMENT_ENDPOINT_HEALTH_GROUP_READINESS_INCLUDE");
        assertThat(variables).filteredOn(variable -> !platform.reads(variable.name()))
                .as("variables no setting of the platform answers to (typo, or a setting that does not exist)")
                .isEmpty();
    }

    @Test
    void theCheckFindsATypoAndAcceptsSpringBootsRelaxedForms() {
        assertThat(platform.size()).isGreaterThan(1000);
        assertThat(platform.reads("MSC_NOTIFICATION_ENABLD")).isFalse();
        assertThat(platform.reads("SPRING_DATASOURCE_URI")).isFalse();
        assertThat(platform.reads("MSC_OUTBOX")).isFalse();
        assertThat(platform.reads("SPRING_KAFKA_BOOTSTRAPSERVERS")).isTrue();
        assertThat(platform.reads("MSC_OUTBOX_RELAYENABLED")).isTrue();
        assertThat(platform.reads("CAMUNDA_BPM_JOB_EXECUTION_ENABLED")).isTrue();
        assertThat(platform.reads("LOGGING_LEVEL_ORG_APACHE_KAFKA")).isTrue();
        assertThat(platform.reads("MSC_EMBEDDED_DATADIR")).isTrue();
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        assertThat(files.images()).extracting(Image::reference)
                .contains("postgres:16.4", "apache/kafka:3.9.1", "registry.example.org/msc-pathway:0.1.0");
        assertThat(files.images()).filteredOn(image -> !PINNED.matcher(image.reference()).matches())
                .as("images without a version tag").isEmpty();
    }

    @Test
    void healthChecksAskTheProbeEndpointsThePlatformServes() {
        assertThat(platform.applicationYml("management.endpoint.health.probes.enabled")).isEqualTo(true);
        assertThat(String.valueOf(platform.applicationYml("management.endpoints.web.exposure.include"))).contains("health");
        assertThat(platform.applicationYml("management.endpoint.health.group.liveness.include")).isNotNull();
        assertThat(platform.applicationYml("management.endpoint.health.group.readiness.include")).isNotNull();

        List<HealthCheck> checks = files.healthChecks();
        assertThat(checks).extracting(HealthCheck::kind)
                .contains("container", "load balancer", "startupProbe", "livenessProbe", "readinessProbe");
        assertThat(checks).filteredOn(check -> check.kind().equals("livenessProbe") || check.kind().equals("startupProbe"))
                .extracting(HealthCheck::path).containsOnly(LIVENESS);
        assertThat(checks).filteredOn(check -> !check.kind().equals("livenessProbe") && !check.kind().equals("startupProbe"))
                .extracting(HealthCheck::path).containsOnly(READINESS);
    }
}
