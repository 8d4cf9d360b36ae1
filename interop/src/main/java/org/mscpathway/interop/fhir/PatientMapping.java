package org.mscpathway.interop.fhir;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * Patient → {@code patient}: the medical record number as {@code reference}, birth date and sex. Names, addresses
 * and contacts are not read: the screening does not need them, and the platform keeps no more identifying data
 * than it must.
 */
final class PatientMapping {

    private PatientMapping() {
    }

    static void map(Patient patient, ImportContext context, RecordSections sections) {
        String reference = medicalRecordNumber(patient);
        if (reference != null) {
            sections.set("patient", "reference", reference, patient);
        }
        LocalDate birthDate = FhirDates.day(patient.getBirthDateElement());
        if (birthDate != null) {
            sections.set("patient", "birthDate", birthDate.toString(), patient);
        } else if (patient.hasBirthDate()) {
            context.unmapped(patient, "birthDate", "less precise than a day: enter the full birth date");
        }
        if (patient.hasGender()) {
            sections.set("patient", "sex", patient.getGender().toCode(), patient);
        }
        if (patient.hasName() || patient.hasTelecom() || patient.hasAddress() || patient.hasContact()) {
            context.unmapped(patient, "name, telecom, address, contact", "identifying data the screening does not "
                    + "use: it stays in the EHR");
        }
    }

    /** The identifier typed MR (HL7 v2 table 0203), else the first identifier, else the resource id. */
    private static String medicalRecordNumber(Patient patient) {
        return patient.getIdentifier().stream()
                .filter(identifier -> Codes.has(identifier.getType(), "http://terminology.hl7.org/CodeSystem/v2-0203", "MR"))
                .map(Identifier::getValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .or(() -> patient.getIdentifier().stream().map(Identifier::getValue)
                        .filter(value -> value != null && !value.isBlank()).findFirst())
                .orElse(patient.getIdElement().getIdPart());
    }
}
