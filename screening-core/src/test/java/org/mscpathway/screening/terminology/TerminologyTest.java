package org.mscpathway.screening.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.screening.catalogue.Catalogue;
import org.mscpathway.screening.catalogue.CodeList;
import org.mscpathway.screening.catalogue.ProductComponent;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.UnitConversion;

class TerminologyTest {

    private final Terminology terminology = Terminology.shipped();

    private List<String> codesFound(CodeSystem system, String query) {
        return terminology.search(system, query, 10).stream().map(Term::code).toList();
    }

    @Test
    void aChineseNameFindsBreastCancer() {
        List<Term> found = terminology.search(CodeSystem.ICD_10, "乳腺", 10);

        assertThat(found).first().satisfies(term -> {
            assertThat(term.code()).isEqualTo("C50");
            assertThat(term.name()).isEqualTo("Malignant neoplasm of breast (breast cancer)");
            assertThat(term.nameZh()).isEqualTo("乳腺恶性肿瘤（乳腺癌）");
        });
        assertThat(found).extracting(Term::code).contains("C50.9", "D05", "Z85.3");
    }

    @Test
    void anEnglishNameFindsHeartFailureBeforeCodesThatOnlyMentionIt() {
        assertThat(codesFound(CodeSystem.ICD_10, "heart failure")).startsWith("I50", "I50.9").contains("I50.0");
    }

    @Test
    void thePrefixOfADrugNameFindsAmoxicillinAndTheCombinationsContainingIt() {
        assertThat(codesFound(CodeSystem.ATC, "amox")).startsWith("J01CA04", "J01CR02");
        assertThat(codesFound(CodeSystem.ATC, "阿莫西林")).startsWith("J01CA04", "J01CR02");
        assertThat(codesFound(CodeSystem.ATC, "penicillin")).contains("J01C", "J01CE01");
    }

    @Test
    void theExactCodeComesFirstThenTheCodesBelowIt() {
        assertThat(codesFound(CodeSystem.ICD_10, "c50")).containsExactly("C50", "C50.9");
        assertThat(codesFound(CodeSystem.ICD_10, "I509")).containsExactly("I50.9");
        assertThat(codesFound(CodeSystem.ATC, "J01")).first().isEqualTo("J01");
        assertThat(codesFound(CodeSystem.LOINC, "6690")).containsExactly("6690-2");
    }

    @Test
    void withoutASystemBothReadingsOfACodeAreFound() {
        List<Term> found = terminology.search(null, "J01", 2);

        assertThat(found).extracting(Term::system).containsExactly(CodeSystem.ICD_10, CodeSystem.ATC);
        assertThat(found).extracting(Term::name).containsExactly("Acute sinusitis",
                "Antibacterials for systemic use (antibiotics)");
    }

    @Test
    void theAbbreviationsCliniciansUseFindTheirCondition() {
        assertThat(codesFound(CodeSystem.ICD_10, "TB")).first().isEqualTo("A15-A19");
        assertThat(codesFound(CodeSystem.ICD_10, "dvt")).containsExactly("I80-I82");
        assertThat(codesFound(CodeSystem.ICD_10, "SLE")).first().isEqualTo("M32");
    }

    @Test
    void accentsAndCaseAreNotSignificant() {
        assertThat(codesFound(CodeSystem.ICD_10, "SJOGREN")).containsExactly("M35.0");
        assertThat(codesFound(CodeSystem.ICD_10, "behcet")).containsExactly("M35.2");
    }

    @Test
    void aSearchReturnsNoMoreThanTheLimit() {
        assertThat(terminology.search(CodeSystem.ICD_10, "cancer", 3)).hasSize(3);
        assertThat(terminology.search(CodeSystem.ICD_10, "cancer", 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"a, false", "' ', false", "ab, true", "癌, true", "' 肝 ', true"})
    void aQueryNeedsTwoCharactersOrOneChineseCharacter(String query, boolean searchable) {
        assertThat(Terminology.isSearchable(query)).isEqualTo(searchable);
        if (!searchable) {
            assertThat(terminology.search(null, query, 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({
            "ICD-10, C50.912, C50.9",
            "ICD-10, c50, C50",
            "ICD-10, C83.9, C83",
            "ICD-10, C17.1, C00-C96",
            "ICD-10, C92.5, C92",
            "ICD-10, A02.0, A00-B99",
            "ICD-10, A17.0, A17",
            "ICD-10, I25.2, I25.2",
            "ICD-10, I25.5, I25",
            "ICD-10, I23.1, I23",
            "ICD-10, I24.0, I24",
            "ICD-10, N18.6, N18.6",
            "ICD-10, M06.00, M06",
            "ATC, J01CA12, J01C",
            "ATC, J01XX01, J01",
            "ATC, L04AA27, L04",
            "ATC, J07BK03, J07BK03",
            "LOINC, 6690-2, 6690-2"})
    void aCodeIsNamedByItsMostSpecificEntry(String system, String code, String named) {
        assertThat(terminology.nameOf(CodeSystem.named(system).orElseThrow(), code)).get()
                .extracting(Term::code).isEqualTo(named);
    }

    @Test
    void aCodeOutsideEveryEntryHasNoName() {
        assertThat(terminology.nameOf(CodeSystem.ICD_10, "D3A.0")).as("D3A sorts before D37").isEmpty();
        assertThat(terminology.nameOf(CodeSystem.ICD_10, "R51")).isEmpty();
        assertThat(terminology.nameOf(CodeSystem.LOINC, "6690")).as("LOINC codes do not nest").isEmpty();
        assertThat(terminology.nameOf(CodeSystem.ATC, "")).isEmpty();
    }

    @Test
    void everyCodeTheShippedCatalogueReadsIsNamedInEnglishAndChinese() {
        Catalogue catalogue = Catalogue.loadDefault();
        List<String> unnamed = new ArrayList<>();
        for (CodeList list : CodeList.values()) {
            CodeSystem system = CodeSystem.of(list.system());
            for (String code : catalogue.codes(list).entries()) {
                requireNamed(system, code, "codes." + list.key(), unnamed);
            }
        }
        for (String product : catalogue.products()) {
            for (ProductComponent component : catalogue.componentsOf(product)) {
                for (String atc : component.atcClasses()) {
                    requireNamed(CodeSystem.ATC, atc, product + " " + component.name(), unnamed);
                }
            }
        }
        for (LabTest test : LabTest.values()) {
            for (String loinc : test.loincCodes()) {
                requireNamed(CodeSystem.LOINC, loinc, "lab test " + test.displayName(), unnamed);
            }
        }

        assertThat(unnamed).as("add these to " + Terminology.RESOURCE).isEmpty();
    }

    private void requireNamed(CodeSystem system, String code, String readBy, List<String> unnamed) {
        boolean named = terminology.entry(system, code)
                .filter(term -> !term.name().isBlank() && !term.nameZh().isBlank()).isPresent();
        if (!named) {
            unnamed.add(system.label() + " " + code + " (" + readBy + ")");
        }
    }

    @Test
    void eachLabTestShowsTheUnitItsValueIsReadInWrittenForPeople() {
        for (LabTest test : LabTest.values()) {
            for (String loinc : test.loincCodes()) {
                Term term = terminology.entry(CodeSystem.LOINC, loinc).orElseThrow();
                if (!test.isQuantitative() || test.unit().equals("ratio")) {
                    assertThat(term.unit()).as(loinc + ": qualitative, or a ratio without a unit").isNull();
                } else {
                    assertThat(test.conversionFrom(term.unit())).as(loinc + " shown in " + term.unit())
                            .extracting(UnitConversion::factor, UnitConversion::offset).containsExactly(1.0, 0.0);
                }
            }
        }
        assertThat(terminology.entry(CodeSystem.LOINC, "6690-2")).get().extracting(Term::unit).isEqualTo("×10⁹/L");
        assertThat(terminology.entry(CodeSystem.LOINC, "62238-1")).get().extracting(Term::unit)
                .isEqualTo("mL/min/1.73 m²");
    }

    @Test
    void aLineOfTheFileWithoutAChineseNameIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> TerminologyFile.parse("# comment\nICD-10\tC50\tBreast cancer\t \n"))
                .hasMessage("terminology line 2: Chinese name of C50 is missing");
        assertThatThrownBy(() -> TerminologyFile.parse("ICD-9\t174\tBreast cancer\t乳腺癌"))
                .hasMessageContaining("unknown system 'ICD-9'");
        assertThatThrownBy(() -> TerminologyFile.parse("ATC\tJ1\tAntibiotics\t抗生素"))
                .hasMessageContaining("'J1' is not an ATC code");
        assertThatThrownBy(() -> TerminologyFile.parse("LOINC\t6690-2\tLeukocytes\t白细胞\t×10⁹/L\textra"))
                .hasMessageContaining("found 6");
    }

    @Test
    void aCodeNamedTwiceIsRefused() {
        List<Term> twice = TerminologyFile.parse("ICD-10\tC50\tBreast cancer\t乳腺癌\nICD-10\tc50\tBreast\t乳腺");

        assertThatThrownBy(() -> new Terminology(twice)).hasMessage("ICD-10 c50 is named twice");
    }
}
