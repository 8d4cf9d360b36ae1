package org.mscpathway.screening.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class RuleTextsTest {

    static final String CHINESE = "zh-CN";
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Codes (C00, J01CA04, Z15.0, 2106-3) and numbers (38.0, 14): what a translation must carry over exactly. */
    static final Pattern CODE_OR_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9.])(?:[A-Z][0-9][0-9A-Z]*(?:\\.[0-9A-Z]+)?|[0-9]+(?:[.-][0-9]+)?)(?![A-Za-z0-9])");

    static final java.util.List<String> SHIPPED = RuleTexts.SHIPPED;

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void everyRuleOfEveryShippedCatalogueHasAChineseTitleAndRationale(String version) {
        Properties chinese = RuleTexts.translations(version, CHINESE);

        for (RuleDescription rule : RuleTexts.shipped(version).rules()) {
            assertThat(chinese.getProperty(rule.id() + ".title")).as(rule.id() + ".title").isNotBlank()
                    .containsPattern(HAN);
            assertThat(chinese.getProperty(rule.id() + ".rationale")).as(rule.id() + ".rationale").isNotBlank()
                    .containsPattern(HAN);
        }
    }

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void translationsNameOnlyRulesOfTheirCatalogue(String version) {
        Set<String> rules = RuleTexts.shipped(version).rules().stream().map(RuleDescription::id)
                .collect(Collectors.toSet());

        assertThat(RuleTexts.translations(version, CHINESE).stringPropertyNames())
                .allSatisfy(key -> assertThat(key).matches("[A-Z0-9-]+\\.(title|rationale)")
                        .satisfies(k -> assertThat(rules).contains(k.substring(0, k.lastIndexOf('.')))));
    }

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void chineseTextKeepsEveryCodeThresholdAndWindowOfTheEnglish(String version) {
        Properties chinese = RuleTexts.translations(version, CHINESE);

        for (RuleDescription rule : RuleTexts.shipped(version).rules()) {
            assertThat(codesAndNumbers(chinese.getProperty(rule.id() + ".title"))).as(rule.id() + ".title")
                    .containsAll(codesAndNumbers(rule.title()));
            assertThat(codesAndNumbers(chinese.getProperty(rule.id() + ".rationale"))).as(rule.id() + ".rationale")
                    .containsAll(codesAndNumbers(rule.rationale()));
        }
    }

    @Test
    void aRuleIsShownInChineseOnlyWhileItsEnglishIsTheTextTranslated() {
        RuleTexts texts = RuleTexts.of(CHINESE);
        RuleDescription pregnancy = RuleTexts.shipped("2026.2").rule("PREG-PREGNANT").orElseThrow();

        assertThat(texts.title("PREG-PREGNANT", pregnancy.title())).isEqualTo("妊娠");
        assertThat(texts.rationale("PREG-PREGNANT", pregnancy.rationale())).contains("孕妇");
        assertThat(texts.title("PREG-PREGNANT", "Pregnancy (site wording)")).isEqualTo("Pregnancy (site wording)");
        assertThat(texts.title("SITE-OWN-RULE", "A site's own rule")).isEqualTo("A site's own rule");
        assertThat(RuleTexts.of("fr").title("PREG-PREGNANT", pregnancy.title())).isEqualTo(pregnancy.title());
    }

    private static Set<String> codesAndNumbers(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = CODE_OR_NUMBER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
