package org.mscpathway.platform.ui.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10*9/L           | ×10⁹/L
            10^9/L           | ×10⁹/L
            x10*9/L          | ×10⁹/L
            10*3/uL          | ×10³/µL
            umol/L           | µmol/L
            ug/L             | µg/L
            [IU]/L           | IU/L
            mL/min/1.73m2    | mL/min/1.73 m²
            mL/min/{1.73_m2} | mL/min/1.73 m²
            g/dL             | g/dL
            """)
    void ucumUnitsReadAsOnALabReport(String ucum, String readable) {
        assertThat(Units.readable(ucum)).isEqualTo(readable);
    }

    @Test
    void aDimensionlessOrMissingUnitIsNotShown() {
        assertThat(Units.readable("ratio")).isEmpty();
        assertThat(Units.readable("{INR}")).isEmpty();
        assertThat(Units.readable(null)).isEmpty();
        assertThat(Units.withUnit("1.2", "")).isEqualTo("1.2");
        assertThat(Units.withUnit("58", "%")).isEqualTo("58%");
    }

    @Test
    void unitsInsideEvidenceSentencesAreMadeReadable() {
        assertThat(Units.readableIn("2.5 10*9/L (entered as 2500 /uL) on 2026-11-20"))
                .isEqualTo("2.5 ×10⁹/L (entered as 2500 /µL) on 2026-11-20");
        assertThat(Units.readableIn("25 mL/min/1.73m2 on 2026-11-20")).isEqualTo("25 mL/min/1.73 m² on 2026-11-20");
        assertThat(Units.readableIn("active")).isEqualTo("active");
    }

    @Test
    void numbersAreWrittenTheReadersWayWithoutTrailingZeros() {
        assertThat(Units.number(1200, Locale.ENGLISH)).isEqualTo("1,200");
        assertThat(Units.number(6.40, Locale.ENGLISH)).isEqualTo("6.4");
        assertThat(Units.number(0.125, Bundle.CHINESE)).isEqualTo("0.125");
    }
}
