package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Reference;

/**
 * Imaging DiagnosticReport (and ImagingStudy with no report) → {@code imaging[]}: modality, body site, date and
 * conclusion. {@code suspectedMalignancy} comes from coded conclusions only; free text is not interpreted (a
 * "no evidence of malignancy" must not read as malignancy), and a text-only conclusion is reported so the
 * coordinator states it.
 */
final class ImagingMapping {

    /** Coded conclusions that mean "suspicious for malignancy": malignant, primary, secondary neoplasm, neoplasm. */
    private static final Set<String> MALIGNANCY_SNOMED = Set.of("363346000", "372087000", "128462008", "108369006");
    /** Coded conclusions that mean "no abnormality": normal, no abnormality detected. */
    private static final Set<String> NORMAL_SNOMED = Set.of("17621005", "281900007");
    private static final Set<String> IMAGING_CATEGORIES = Set.of("RAD", "CT", "MR", "US", "NMR", "NMS", "RX", "VUS",
            "XRC", "CUS", "imaging");

    private ImagingMapping() {
    }

    static boolean isImaging(DiagnosticReport report) {
        return report.hasImagingStudy() || report.getCategory().stream()
                .flatMap(category -> category.getCoding().stream())
                .anyMatch(coding -> IMAGING_CATEGORIES.contains(coding.getCode()));
    }

    static Optional<ObjectNode> map(DiagnosticReport report, ImportContext context) {
        String status = report.hasStatus() ? report.getStatus().toCode() : "unknown";
        if (status.equals("cancelled") || status.equals("entered-in-error") || status.equals("registered")) {
            context.unmapped(report, "status", status + ": no report to read");
            return Optional.empty();
        }
        Optional<ImagingStudy> study = report.getImagingStudy().stream()
                .map(reference -> context.resolve(reference, report, ImagingStudy.class))
                .flatMap(Optional::stream)
                .findFirst();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        String modality = study.flatMap(ImagingMapping::modality).orElse(Codes.name(report.getCode()));
        if (modality != null) {
            json.put("modality", modality);
        }
        study.flatMap(ImagingMapping::bodySite).ifPresent(site -> json.put("bodySite", site));
        LocalDate date = report.hasEffectiveDateTimeType() ? FhirDates.day(report.getEffectiveDateTimeType())
                : report.hasEffectivePeriod() ? FhirDates.day(report.getEffectivePeriod().getStartElement())
                : study.map(found -> FhirDates.day(found.getStartedElement())).orElse(null);
        if (date != null) {
            json.put("date", date.toString());
        } else {
            context.unmapped(report, "effective[x]", "no day the imaging was done: kept undated");
        }
        String codedConclusion = report.getConclusionCode().stream().map(Codes::name)
                .filter(name -> name != null).collect(Collectors.joining("; "));
        String conclusion = report.hasConclusion() ? report.getConclusion().trim() : codedConclusion;
        if (!conclusion.isEmpty()) {
            json.put("conclusion", conclusion);
        }
        suspectedMalignancy(report).ifPresentOrElse(suspected -> json.put("suspectedMalignancy", suspected), () -> {
            if (report.hasConclusion() || report.hasConclusionCode()) {
                context.unmapped(report, "conclusionCode", "no coded conclusion says whether the imaging is "
                        + "suspicious for malignancy (free text is not interpreted): state it");
            }
        });
        return Optional.of(json);
    }

    /** A study no report in the Bundle refers to: what was imaged and when, with no conclusion. */
    static ObjectNode map(ImagingStudy study, ImportContext context) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        modality(study).ifPresent(modality -> json.put("modality", modality));
        bodySite(study).ifPresent(site -> json.put("bodySite", site));
        LocalDate date = FhirDates.day(study.getStartedElement());
        if (date != null) {
            json.put("date", date.toString());
        }
        context.unmapped(study, "(report)", "no DiagnosticReport in the Bundle: the study is kept without a "
                + "conclusion");
        return json;
    }

    static boolean isReportedIn(ImagingStudy study, DiagnosticReport report, ImportContext context) {
        return report.getImagingStudy().stream()
                .map(Reference::getReference)
                .anyMatch(reference -> context.resolve(new Reference(reference), report, ImagingStudy.class)
                        .filter(found -> found == study).isPresent());
    }

    private static Optional<Boolean> suspectedMalignancy(DiagnosticReport report) {
        boolean malignant = report.getConclusionCode().stream()
                .anyMatch(code -> MALIGNANCY_SNOMED.stream().anyMatch(snomed -> Codes.has(code, Codes.SNOMED, snomed)));
        if (malignant) {
            return Optional.of(true);
        }
        boolean normal = report.getConclusionCode().stream()
                .anyMatch(code -> NORMAL_SNOMED.stream().anyMatch(snomed -> Codes.has(code, Codes.SNOMED, snomed)));
        return normal ? Optional.of(false) : Optional.empty();
    }

    private static Optional<String> modality(ImagingStudy study) {
        return study.getModality().stream().map(Coding::getCode).filter(code -> code != null).findFirst()
                .or(() -> study.getSeries().stream().map(series -> series.getModality().getCode())
                        .filter(code -> code != null).findFirst());
    }

    private static Optional<String> bodySite(ImagingStudy study) {
        return study.getSeries().stream()
                .map(ImagingStudy.ImagingStudySeriesComponent::getBodySite)
                .filter(Coding::hasCode)
                .map(site -> site.hasDisplay() ? site.getDisplay() : site.getCode())
                .findFirst();
    }
}
