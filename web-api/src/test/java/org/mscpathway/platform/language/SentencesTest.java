package org.mscpathway.platform.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentencesTest {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    final Sentences sentences = new Sentences();

    @Test
    void validationMessageIsTranslatedWithItsCodesNumbersAndTypedValueKept() {
        assertThat(sentences.of("must be a number of kg between 0.5 and 500 (got \"heavy\")", CHINESE))
                .isEqualTo("必须是 0.5 至 500 之间的数字（千克）（输入为 \"heavy\"）");
        assertThat(sentences.of("must be an ICD-10-CM code such as C50.9", CHINESE))
                .isEqualTo("必须是 ICD-10-CM 编码，例如 C50.9");
        assertThat(sentences.of("must be a number in 10*9/L for this test (got \"high\")", CHINESE))
                .isEqualTo("此项检验必须填写数字，单位为 10*9/L（输入为 \"high\"）");
    }

    @Test
    void severalMessagesOfOneFieldAndAFieldNamedFirstAreTranslatedPartByPart() {
        assertThat(sentences.of("required; must be at most 64 characters", CHINESE)).isEqualTo("必填；最多 64 个字符");
        assertThat(sentences.of("consent.formVersion: the consent form version is required", CHINESE))
                .isEqualTo("consent.formVersion：须填写知情同意书版本");
    }

    @Test
    void planAdjustmentsAndMonitoringReadInChinese() {
        assertThat(sentences.of("2 h observation", CHINESE)).isEqualTo("观察 2 h");
        assertThat(sentences.of("dose halved", CHINESE)).isEqualTo("剂量减半");
        assertThat(sentences.of("Autoimmune disease in remission (AUTO-REMISSION): review at each visit", CHINESE))
                .isEqualTo("Autoimmune disease in remission（AUTO-REMISSION）：每次就诊时复查");
    }

    @Test
    void aSentenceWhoseWholeMatchesIsNotCutAtItsSemicolon() {
        assertThat(sentences.of("Your credentials cannot be checked right now; try again shortly.", CHINESE))
                .isEqualTo("目前无法核验您的凭据，请稍后再试。");
    }

    @Test
    void anUnknownSentenceStaysInEnglishAndEnglishReadersGetTheOriginal() {
        assertThat(sentences.of("the case waits at PHYSICAL_EXAM", CHINESE)).isEqualTo("the case waits at PHYSICAL_EXAM");
        assertThat(sentences.of("required", Locale.ENGLISH)).isEqualTo("required");
        assertThat(sentences.of(null, CHINESE)).isNull();
    }
}
