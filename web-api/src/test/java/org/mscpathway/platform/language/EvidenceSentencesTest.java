package org.mscpathway.platform.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A finding's evidence values, as screening-core writes them (units already made readable), read in Chinese. */
class EvidenceSentencesTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    final Sentences sentences = new Sentences();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2.5 ×10⁹/L on 2026-11-20                            | 2.5 ×10⁹/L，2026-11-20
            2.5 ×10⁹/L (entered as 2500 /µL) on 2026-11-20      | 2.5 ×10⁹/L（录入值 2500 /µL），2026-11-20
            positive on 2026-11-20                              | 阳性（2026-11-20）
            stopped on 2026-11-10                               | 已于 2026-11-10 停用
            remission on 2024-06-15                             | 自 2024-06-15 缓解
            onset 2026-09-01                                    | 发病于 2026-09-01
            severe: anaphylaxis                                 | 重度：anaphylaxis
            80 years                                            | 80 岁
            active                                              | 活动/在用
            suspected malignancy on 2026-11-19                  | 疑似恶性肿瘤（2026-11-19）
            """)
    void evidenceValuesReadInChinese(String english, String chinese) {
        assertThat(sentences.of(english, CHINESE)).isEqualTo(chinese);
    }

    @Test
    void aSentenceEndingInADateThatIsNoMeasuredValueIsNotTakenForOne() {
        assertThat(sentences.of("Consent obtained on 2026-11-20", CHINESE)).isEqualTo("Consent obtained on 2026-11-20");
    }
}
