package org.mscpathway.screening.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/clinical-rules.md} is the project's clinical contract: its generated section must be exactly what the
 * shipped catalogue renders, so the document cannot drift from the rules the evaluator applies.
 */
class ClinicalRulesDocumentTest {

    static final String BEGIN = "<!-- BEGIN GENERATED: java -jar screening-core/target/msc-screen.jar rules --format markdown (do not edit by hand) -->\n";
    static final String END = "<!-- END GENERATED -->";
    /** Surefire runs in the module folder. */
    private static final Path DOCUMENT = Path.of("..", "docs", "clinical-rules.md");

    @Test
    void generatedSectionOfTheClinicalRulesIsUpToDate() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);

        assertThat(document).contains(BEGIN, END);
        String generated = document.substring(document.indexOf(BEGIN) + BEGIN.length(), document.indexOf(END));
        assertThat(generated)
                .as("docs/clinical-rules.md is stale: replace its generated section with the output of "
                        + "'java -jar screening-core/target/msc-screen.jar rules --format markdown'")
                .isEqualTo(CatalogueMarkdown.render(Catalogue.loadDefault()));
    }

    @Test
    void documentDescribesEveryRuleOfTheShippedCatalogue() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);

        assertThat(Catalogue.loadDefault().rules()).allSatisfy(rule -> assertThat(document)
                .contains("**" + rule.id() + "** (version " + rule.version() + ", " + rule.severity() + ")"));
    }
}
