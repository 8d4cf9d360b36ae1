package org.mscpathway.platform;

/** Patient records as API clients send them. */
public final class PatientRecords {

    /** The design's example record: complete, with imaging suspicious for malignancy. */
    public static final String DESIGN_EXAMPLE = """
            {
              "patient": {"reference": "MRN-0001", "birthDate": "1968-04-12", "sex": "female",
                          "weightKg": 64.0, "heightCm": 165},
              "indication": "knee-osteoarthritis",
              "assessmentDate": "2026-11-25",
              "medicalHistory": {
                "conditions":  [{"icd10": "C50.9", "status": "resolved", "onset": "2009-03-01", "abatement": "2010-01-15"}],
                "medications": [{"atc": "J01CA04", "name": "amoxicillin", "status": "active"}],
                "allergies":   [{"substance": "penicillin", "reaction": "rash", "severity": "mild"}],
                "pregnancy": "not-pregnant", "lactating": false
              },
              "physicalExam": {"temperatureC": 36.7, "heartRateBpm": 72, "systolicMmHg": 128,
                               "diastolicMmHg": 80, "spo2Percent": 98, "nyhaClass": 1, "ecog": 0},
              "observations": [{"loinc": "2106-3", "value": "negative", "date": "2026-11-20"},
                               {"loinc": "10230-1", "value": 58, "unit": "%", "date": "2026-11-18"}],
              "imaging": [{"modality": "CT", "bodySite": "chest", "date": "2026-11-19",
                           "conclusion": "abnormal", "suspectedMalignancy": true}]
            }
            """;

    /** Only the patient and the indication: a case that is still collecting data. */
    public static final String EARLY = """
            {"patient": {"reference": "MRN-0002", "birthDate": "1970-01-01", "sex": "male", "weightKg": 80},
             "indication": "type-2-diabetes", "assessmentDate": "2026-11-25"}
            """;

    private PatientRecords() {
    }
}
