package org.mscpathway.interop.fhir;

import java.util.Map;
import java.util.Optional;

/**
 * SNOMED CT concepts translated to the ICD-10-CM code the rule catalogue reads, for conditions the catalogue
 * screens for. Only these concepts are translated: a SNOMED CT code outside the table is reported as unmapped
 * (SNOMED CT is a hierarchy, and a table cannot stand in for a terminology server), so an EHR that also sends
 * ICD-10 codings is read completely. docs/interoperability.md prints the table.
 */
final class ConditionCodes {

    /** Pregnancy as a condition (SNOMED CT 77386006; ICD-10 Z33.1 "pregnant state"). */
    static final String SNOMED_PREGNANCY = "77386006";

    static final Map<String, String> SNOMED_TO_ICD10 = Map.ofEntries(
            // malignancy and neoplasms of uncertain behaviour
            Map.entry("363346000", "C80.1"),   // malignant neoplastic disease
            Map.entry("254837009", "C50.9"),   // malignant neoplasm of breast
            Map.entry("363358000", "C34.90"),  // malignant tumour of lung
            Map.entry("399068003", "C61"),     // malignant tumour of prostate
            Map.entry("93143009", "C95.90"),   // leukaemia
            Map.entry("118600007", "C85.90"),  // malignant lymphoma
            Map.entry("109995007", "D46.9"),   // myelodysplastic syndrome
            // infection
            Map.entry("91302008", "A41.9"),    // sepsis
            Map.entry("56717001", "A16.9"),    // tuberculosis
            Map.entry("86406008", "B20"),      // HIV disease
            Map.entry("61977001", "B18.1"),    // chronic hepatitis B
            Map.entry("128302006", "B18.2"),   // chronic hepatitis C
            Map.entry("60168000", "M86.9"),    // osteomyelitis
            Map.entry("56819008", "I33.0"),    // infective endocarditis
            Map.entry("234532001", "D84.9"),   // immunodeficiency disorder
            // autoimmune
            Map.entry("55464009", "M32.9"),    // systemic lupus erythematosus
            Map.entry("69896004", "M06.9"),    // rheumatoid arthritis
            Map.entry("83901003", "M35.00"),   // Sjögren's syndrome
            Map.entry("89155008", "M34.9"),    // systemic sclerosis
            Map.entry("396230008", "M33.90"),  // dermatomyositis
            Map.entry("31384009", "M33.20"),   // polymyositis
            Map.entry("24700007", "G35"),      // multiple sclerosis
            Map.entry("34000006", "K50.90"),   // Crohn's disease
            Map.entry("64766004", "K51.90"),   // ulcerative colitis
            Map.entry("9631008", "M45.9"),     // ankylosing spondylitis
            Map.entry("33339001", "L40.50"),   // psoriatic arthritis
            Map.entry("408335007", "K75.4"),   // autoimmune hepatitis
            Map.entry("91637004", "G70.00"),   // myasthenia gravis
            // cardiac and vascular
            Map.entry("22298006", "I21.9"),    // myocardial infarction
            Map.entry("57054005", "I21.9"),    // acute myocardial infarction
            Map.entry("1755008", "I25.2"),     // old myocardial infarction
            Map.entry("4557003", "I20.0"),     // unstable angina
            Map.entry("194828000", "I20.9"),   // angina
            Map.entry("53741008", "I25.10"),   // coronary arteriosclerosis
            Map.entry("84114007", "I50.9"),    // heart failure
            Map.entry("85898001", "I42.9"),    // cardiomyopathy
            Map.entry("59282003", "I26.99"),   // pulmonary embolism
            Map.entry("128053003", "I82.409"), // deep venous thrombosis
            Map.entry("230690007", "I63.9"),   // cerebrovascular accident
            Map.entry("266257000", "G45.9"),   // transient ischaemic attack
            // organ function and coagulation
            Map.entry("433146000", "N18.5"),   // chronic kidney disease stage 5
            Map.entry("46177005", "N18.6"),    // end-stage renal disease
            Map.entry("105502003", "Z99.2"),   // dependence on renal dialysis
            Map.entry("59927004", "K72.90"),   // hepatic failure
            Map.entry("28293008", "D66"),      // haemophilia A
            Map.entry("128105004", "D68.0"));  // von Willebrand disorder

    private ConditionCodes() {
    }

    static Optional<String> icd10ForSnomed(String snomed) {
        return Optional.ofNullable(SNOMED_TO_ICD10.get(snomed));
    }
}
