package org.mscpathway.platform.ui.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.terminology.Terminology;

class EvidenceLineTest {

    private static final CodeNames NAMES = new CodeNames(Terminology.shipped());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LOINC 6690-2              | 2.5 10*9/L on 2026-11-20 | Leukocytes (white blood cell count) (LOINC 6690-2) | 2.5 ×10⁹/L on 2026-11-20
            condition C50.9           | active                   | Malignant neoplasm of breast, unspecified (C50.9)   | active
            medication J01CA04        | stopped on 2026-11-10    | Amoxicillin (J01CA04)                               | stopped on 2026-11-10
            allergy penicillin (ATC J01C) | severe: anaphylaxis  | Allergy to penicillin (J01C)                        | severe: anaphylaxis
            imaging CT chest          | suspected malignancy     | Imaging CT chest                                    | suspected malignancy
            medicalHistory.pregnancy  | pregnant                 | Pregnancy                                           | pregnant
            medicalHistory.lactating  | true                     | Breastfeeding                                       | Yes
            physicalExam.temperatureC | 38.4                     | Temperature (°C)                                    | 38.4
            patient.age               | 80 years                 | Age                                                 | 80 years
            LOINC 99999-9             | 7                        | LOINC 99999-9                                       | 7
            """)
    void evidenceReadsByNameWithTheCodeBesideNotByFieldPath(String item, String value, String label, String shown) {
        assertThat(line(item, value, Locale.ENGLISH)).isEqualTo(new EvidenceLine(label, shown));
    }

    @Test
    void evidenceReadsInChinese() {
        assertThat(line("LOINC 6690-2", "2.5 10*9/L on 2026-11-20", Bundle.CHINESE).label())
                .isEqualTo("白细胞计数（WBC）（LOINC 6690-2）");
        assertThat(line("medicalHistory.pregnancy", "pregnant", Bundle.CHINESE))
                .isEqualTo(new EvidenceLine("妊娠", "妊娠"));
        assertThat(line("medicalHistory.lactating", "true", Bundle.CHINESE))
                .isEqualTo(new EvidenceLine("哺乳", "是"));
    }

    private static EvidenceLine line(String item, String value, Locale locale) {
        return EvidenceLine.of(new Evidence(item, value), NAMES, locale, Bundle.words(locale), UnaryOperator.identity());
    }
}
