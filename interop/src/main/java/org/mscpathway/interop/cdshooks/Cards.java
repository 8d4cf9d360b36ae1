package org.mscpathway.interop.cdshooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mscpathway.interop.cdshooks.CdsResponse.IssuedCard;
import org.mscpathway.interop.fhir.Unmapped;

/**
 * Builds CDS Hooks 2.0 cards: critical for an ABSOLUTE finding, warning for a RELATIVE one (a physician must
 * accept the risk), info for a precaution and for missing or unread data. Each carries the rule's rationale and
 * evidence, its source, and a link to open a screening case. One instance per response; not thread-safe.
 */
final class Cards {

    static final String SOURCE_LABEL = "MSC Pathway screening";
    /** CDS Hooks limits a summary to 140 characters. */
    private static final int SUMMARY_LIMIT = 140;
    private static final int LISTED_ITEMS = 20;
    private static final String TOPIC_SYSTEM = "https://mscpathway.org/cds/topic";
    private static final String OVERRIDE_SYSTEM = "https://mscpathway.org/cds/override-reason";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ArrayNode json = nodes.arrayNode();
    private final List<IssuedCard> issued = new ArrayList<>();
    private final URI openCaseUrl;
    private final String rulesetVersion;

    Cards(URI openCaseUrl, String rulesetVersion) {
        this.openCaseUrl = openCaseUrl;
        this.rulesetVersion = rulesetVersion;
    }

    void finding(Eligibility.RuleFinding finding) {
        String indicator = switch (finding.severity()) {
            case "ABSOLUTE" -> "critical";
            case "RELATIVE" -> "warning";
            default -> "info";
        };
        String prefix = switch (finding.severity()) {
            case "ABSOLUTE" -> "MSC therapy contraindicated: ";
            case "RELATIVE" -> "MSC therapy needs physician review: ";
            default -> "MSC therapy precaution: ";
        };
        StringBuilder detail = new StringBuilder(markdown(finding.rationale()));
        if (!finding.evidence().isEmpty()) {
            detail.append("\n\n**Evidence:**");
            finding.evidence().forEach(line -> detail.append("\n- ").append(markdown(line)));
        }
        detail.append("\n\nRule ").append(finding.ruleId()).append(" version ").append(finding.ruleVersion())
                .append(" (").append(finding.group()).append(", ").append(finding.severity().toLowerCase(java.util.Locale.ROOT))
                .append("), ruleset ").append(rulesetVersion).append('.');
        ObjectNode card = card(finding.ruleId(), indicator, prefix + finding.title(), detail.toString(),
                finding.source() == null ? SOURCE_LABEL : SOURCE_LABEL + ": " + finding.source());
        if (!indicator.equals("info")) {
            ArrayNode reasons = card.putArray("overrideReasons");
            reasons.addObject().put("system", OVERRIDE_SYSTEM).put("code", "clinical-judgement")
                    .put("display", "Physician accepts the risk on clinical judgement");
            reasons.addObject().put("system", OVERRIDE_SYSTEM).put("code", "data-out-of-date")
                    .put("display", "The EHR data behind this card is out of date");
        }
    }

    void missing(List<Eligibility.MissingItem> missing) {
        StringBuilder detail = new StringBuilder("The screening cannot call the patient eligible before these are known:");
        missing.stream().limit(LISTED_ITEMS).forEach(item -> detail.append("\n- **").append(markdown(item.item()))
                .append("**: ").append(markdown(item.reason())));
        more(detail, missing.size());
        card("missing-data", "info", "MSC screening: " + missing.size() + " data item(s) missing", detail.toString(),
                SOURCE_LABEL);
    }

    void notRead(List<Unmapped> unmapped, List<String> unreadPrefetch) {
        StringBuilder detail = new StringBuilder("These EHR data did not reach the screening; review them when you "
                + "open a case:");
        unreadPrefetch.forEach(line -> detail.append("\n- ").append(markdown(line)));
        unmapped.stream().limit(LISTED_ITEMS).forEach(item -> detail.append("\n- ").append(markdown(item.resource()))
                .append(' ').append(markdown(item.element())).append(": ").append(markdown(item.reason())));
        more(detail, unmapped.size());
        card("not-read", "info", "MSC screening: " + (unmapped.size() + unreadPrefetch.size())
                + " EHR item(s) could not be read", detail.toString(), SOURCE_LABEL);
    }

    void unreadable(List<String> problems) {
        StringBuilder detail = new StringBuilder("The EHR record could not be screened; these values were refused:");
        problems.stream().limit(LISTED_ITEMS).forEach(problem -> detail.append("\n- ").append(markdown(problem)));
        more(detail, problems.size());
        card("unreadable", "warning", "MSC screening could not read the EHR record", detail.toString(), SOURCE_LABEL);
    }

    void eligible(String outcome) {
        card("eligible", "info", "MSC therapy: no contraindication found (" + outcome + ")",
                "No rule of ruleset " + rulesetVersion + " found a contraindication or precaution in the EHR data.",
                SOURCE_LABEL);
    }

    ArrayNode json() {
        return json;
    }

    List<IssuedCard> issued() {
        return issued;
    }

    private ObjectNode card(String topic, String indicator, String summary, String detail, String source) {
        UUID uuid = UUID.randomUUID();
        ObjectNode card = json.addObject();
        card.put("uuid", uuid.toString());
        card.put("summary", summary.length() <= SUMMARY_LIMIT ? summary : summary.substring(0, SUMMARY_LIMIT - 1) + "…");
        card.put("detail", detail);
        card.put("indicator", indicator);
        ObjectNode sourceNode = card.putObject("source").put("label", source);
        sourceNode.putObject("topic").put("system", TOPIC_SYSTEM).put("code", topic);
        card.putArray("links").addObject().put("label", "Open an MSC screening case")
                .put("url", openCaseUrl.toString()).put("type", "absolute");
        issued.add(new IssuedCard(uuid, topic, indicator));
        return card;
    }

    private static void more(StringBuilder detail, int total) {
        if (total > LISTED_ITEMS) {
            detail.append("\n- … and ").append(total - LISTED_ITEMS).append(" more");
        }
    }

    /** Card detail is GitHub-flavoured markdown: data must not turn into markup. */
    private static String markdown(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]<>#|])", "\\\\$1");
    }
}
