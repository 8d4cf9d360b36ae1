package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.catalogue.Catalogue;

/** Which catalogue serves new cases and cases in flight, whatever governance has stored. */
class RulesetsTest {

    private static final Screening SHIPPED = Screening.withDefaultCatalogue();

    @Test
    void theActiveStoredVersionServesNewCasesAndAnOlderStoredOneKeepsServingItsCases() throws IOException {
        String site = shippedDocument().replace("\"rulesetVersion\": \"2026.2\"", "\"rulesetVersion\": \"2026.2-site.1\"");
        Rulesets rulesets = new Rulesets(SHIPPED, new Stored("2026.2-site.1",
                Map.of("2026.2", shippedDocument(), "2026.2-site.1", site)));

        assertThat(rulesets.current().rulesetVersion()).isEqualTo("2026.2-site.1");
        assertThat(rulesets.forCase("2026.2").rulesetVersion()).isEqualTo("2026.2");
        assertThat(rulesets.forCase("2026.1").rulesetVersion()).as("never stored: the current one")
                .isEqualTo("2026.2-site.1");
    }

    @Test
    void aStoredVersionThisReleaseCannotReadIsTreatedAsNotDeployed() {
        Rulesets rulesets = new Rulesets(SHIPPED, new Stored("2025.9", Map.of("2025.9", "{\"rulesetVersion\": \"2025.9\"}")));

        assertThat(rulesets.current().rulesetVersion()).isEqualTo("2026.2");
        assertThat(rulesets.version("2025.9")).isEmpty();
        assertThat(rulesets.forCase("2025.9").rulesetVersion()).isEqualTo("2026.2");
    }

    private static String shippedDocument() throws IOException {
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record Stored(String active, Map<String, String> documents) implements RulesetSource {

        @Override
        public Optional<String> activeVersion() {
            return Optional.of(active);
        }

        @Override
        public Optional<String> document(String rulesetVersion) {
            return Optional.ofNullable(documents.get(rulesetVersion));
        }
    }
}
