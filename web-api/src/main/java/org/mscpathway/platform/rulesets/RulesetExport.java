package org.mscpathway.platform.rulesets;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.catalogue.CatalogueMarkdown;
import org.mscpathway.workflow.ruleset.InvalidRulesetException;
import org.mscpathway.workflow.ruleset.RulesetFieldError;
import org.mscpathway.workflow.ruleset.RulesetGovernance;
import org.mscpathway.workflow.ruleset.StoredRuleset;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A ruleset version as a document for the governance committee: the governance record on top, then the
 * catalogue exactly as {@code msc-screen rules --format markdown} renders it; as Markdown, or as a standalone HTML
 * page laid out for printing (to PDF from the browser).
 */
@Component
class RulesetExport {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private final RulesetGovernance governance;
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    // the Markdown is generated from a validated catalogue, but its text comes from administrators: escape it
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    RulesetExport(RulesetGovernance governance) {
        this.governance = governance;
    }

    /** The answer to an export request: {@code format} is markdown (a download) or html (a printable page). */
    ResponseEntity<String> response(String version, String format) {
        StoredRuleset ruleset = governance.version(version);
        Screening screening = governance.screening(version);
        return switch (format) {
            case "markdown" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"ruleset-" + version + ".md\"")
                    .body(markdown(ruleset, screening));
            case "html" -> ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                    .body(html(ruleset, screening));
            default -> throw new InvalidRulesetException(List.of(
                    new RulesetFieldError("format", "must be markdown or html")));
        };
    }

    String markdown(StoredRuleset ruleset, Screening screening) {
        return "# Ruleset " + ruleset.version() + "\n\n"
                + "| | |\n|---|---|\n"
                + row("State", ruleset.state().name())
                + row("Based on", ruleset.basedOn())
                + row("Summary", ruleset.summary())
                + row("Author", ruleset.author())
                + row("Approver", ruleset.approver())
                + row("Drafted", String.valueOf(ruleset.draftedAt()))
                + row("Approved", ruleset.approvedAt() == null ? null : ruleset.approvedAt().toString())
                + row("Effective", ruleset.effectiveAt() == null ? null : ruleset.effectiveAt().toString())
                + row("Retired", ruleset.retiredAt() == null ? null : ruleset.retiredAt().toString())
                + "\n" + CatalogueMarkdown.render(screening.catalogue());
    }

    String html(StoredRuleset ruleset, Screening screening) {
        String body = renderer.render(parser.parse(markdown(ruleset, screening)));
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Ruleset %s</title>
                <style>
                  body { font: 11pt/1.4 system-ui, sans-serif; margin: 2em; color: #111; }
                  table { border-collapse: collapse; margin: 0.5em 0 1.5em; width: 100%%; }
                  th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
                  code { font-size: 0.95em; }
                  h2, h3 { break-after: avoid; }
                  tr { break-inside: avoid; }
                  @page { size: A4; margin: 15mm; }
                </style></head>
                <body>
                %s
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(ruleset.version()), body);
    }

    private static String row(String label, String value) {
        String text = value == null || value.isBlank() ? "—" : value.replace("|", "\\|").replace("\n", " ");
        return "| " + label + " | " + text + " |\n";
    }
}
