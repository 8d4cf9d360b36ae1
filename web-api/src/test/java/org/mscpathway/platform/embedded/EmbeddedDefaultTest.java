package org.mscpathway.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.MscPathwayApplication;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * When the embedded default applies, and what the production jar, which carries no embedded services, does instead.
 * The embedded services themselves are tested in the {@code embedded} module.
 */
class EmbeddedDefaultTest {

    @Test
    void externalDatabaseProductionProfileOrSwitchingItOffMeansNothingEmbedded() {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "an external database is configured");

        assertThat(EmbeddedDefault.appliesTo()).isTrue();
        assertThat(EmbeddedDefault.appliesTo("--spring.datasource.url=jdbc:postgresql://db.example/msc")).isFalse();
        assertThat(EmbeddedDefault.appliesTo("--spring.profiles.active=production")).isFalse();
        assertThat(EmbeddedDefault.appliesTo("--msc.embedded.enabled=false")).isFalse();
    }

    @Test
    void productionJarStartedWithNothingConfiguredSaysWhatToConfigureOrWhichJarToRun() {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "an external database is configured");
        assertThat(ServiceLoader.load(EmbeddedServices.class).findFirst())
                .as("web-api's class path, like its jar, carries no embedded services").isEmpty();

        assertThatThrownBy(() -> MscPathwayApplication.launch("--server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("embedded/target/msc-pathway-embedded.jar");
    }

    @Test
    void webServerListensOnThisMachineOnlyUnlessToldOtherwise() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-embedded.yml"));

        assertThat(yaml.getObject().getProperty("server.address")).isEqualTo("127.0.0.1");
    }
}
