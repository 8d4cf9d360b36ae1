package org.mscpathway.screening.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The rules' titles and rationales in another language than the catalogue's English, for the people who read them
 * on a page. Each shipped catalogue has its translations beside it ({@code catalogue-2026.2.zh-CN.properties}:
 * {@code <ruleId>.title}, {@code <ruleId>.rationale}, UTF-8). The evaluator never reads them: assessments, the API
 * and the CLI stay in English, and a rule's meaning stays defined by its English text.
 *
 * <p>A translation is used only for the English text it translates: a site's catalogue that rewords a rule (other
 * thresholds, say) keeps its own English words for that rule rather than show a translation of the old ones.
 */
public final class RuleTexts {

    /** The catalogues shipped in this jar, oldest first (a newer one's translation of a rule wins). */
    public static final List<String> SHIPPED = List.of("2026.2");

    private final Map<String, Text> byRuleId;

    private RuleTexts(Map<String, Text> byRuleId) {
        this.byRuleId = Map.copyOf(byRuleId);
    }

    /** Every shipped catalogue's translations into {@code language} (e.g. {@code zh-CN}); none for another. */
    public static RuleTexts of(String language) {
        Map<String, Text> all = new HashMap<>();
        for (String version : SHIPPED) {
            Catalogue catalogue = shipped(version);
            Properties translated = translations(version, language);
            for (RuleDescription rule : catalogue.rules()) {
                String title = translated.getProperty(rule.id() + ".title");
                String rationale = translated.getProperty(rule.id() + ".rationale");
                if (title != null && rationale != null) {
                    all.put(rule.id(), new Text(rule.title(), rule.rationale(), title, rationale));
                }
            }
        }
        return new RuleTexts(all);
    }

    /** The rule's title in this language if it is translated from exactly this English, else the English. */
    public String title(String ruleId, String english) {
        Text text = byRuleId.get(ruleId);
        return text != null && text.englishTitle().equals(english) ? text.title() : english;
    }

    /** The rule's rationale in this language if it is translated from exactly this English, else the English. */
    public String rationale(String ruleId, String english) {
        Text text = byRuleId.get(ruleId);
        return text != null && text.englishRationale().equals(english) ? text.rationale() : english;
    }

    /** The shipped catalogue of that version. */
    static Catalogue shipped(String version) {
        String resource = resource(version, "json");
        try (InputStream in = RuleTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no shipped catalogue " + resource);
            }
            return Catalogue.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A shipped catalogue's translations into a language, as stored; empty if it has none. */
    static Properties translations(String version, String language) {
        Properties texts = new Properties();
        String resource = resource(version, language + ".properties");
        try (InputStream in = RuleTexts.class.getResourceAsStream(resource)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return texts;
    }

    private static String resource(String version, String extension) {
        return "/org/mscpathway/screening/catalogue-" + version + "." + extension;
    }

    private record Text(String englishTitle, String englishRationale, String title, String rationale) {
    }
}
