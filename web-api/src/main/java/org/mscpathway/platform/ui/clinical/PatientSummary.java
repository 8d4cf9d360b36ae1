package org.mscpathway.platform.ui.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.MedicalHistory;
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.PhysicalExam;
import org.mscpathway.screening.terminology.CodeSystem;
import org.mscpathway.workflow.pathway.EnteredObservation;
import org.mscpathway.workflow.pathway.Investigations;

/**
 * The data a physician decides with, in words: vital signs in a fixed order (blood pressure, heart rate, temperature,
 * SpO₂, NYHA class, ECOG) with their units, lab results by name with readable units and the LOINC code beside, the
 * history's conditions, medications and allergies by name with their code. Values the catalogue reads as abnormal
 * carry a {@link Flag}. A {@code null} list was not entered yet; an empty one was asked and is "none".
 */
public record PatientSummary(List<Line> vitals, List<Lab> labs, List<String> conditions, List<String> medications,
                             List<String> allergies) {

    /** A labelled value such as ("Blood pressure", "128/80 mmHg"); {@code flag} null when not abnormal. */
    public record Line(String label, String value, Flag flag) {
    }

    /**
     * One result: the test's name (null for a code the terminology does not name), its LOINC code, the value with its
     * unit, its date ("" if undated).
     */
    public record Lab(String name, String loinc, String value, String date, Flag flag) {
    }

    /**
     * @param words a bundle key (and its arguments) in the reader's language, e.g. {@code clinical.vital.heartRate}
     */
    static PatientSummary of(MedicalHistory history, PhysicalExam exam, Investigations investigations,
                             AbnormalValues flags, CodeNames names, Locale locale,
                             BiFunction<String, Object[], String> words) {
        Reader reader = new Reader(flags, names, locale, words);
        return new PatientSummary(exam == null ? null : reader.vitals(exam),
                investigations == null || investigations.observations() == null ? null
                        : investigations.observations().stream().map(reader::lab).toList(),
                history == null || history.conditions() == null ? null
                        : history.conditions().stream().map(reader::condition).toList(),
                history == null || history.medications() == null ? null
                        : history.medications().stream().map(reader::medication).toList(),
                history == null || history.allergies() == null ? null
                        : history.allergies().stream().map(reader::allergy).toList());
    }

    private record Reader(AbnormalValues flags, CodeNames names, Locale locale,
                          BiFunction<String, Object[], String> words) {

        List<Line> vitals(PhysicalExam exam) {
            List<Line> lines = new ArrayList<>();
            if (exam.systolicMmHg() != null || exam.diastolicMmHg() != null) {
                lines.add(line("bloodPressure", orDash(exam.systolicMmHg()) + "/" + orDash(exam.diastolicMmHg())
                        + " mmHg", flags.bloodPressure(exam.systolicMmHg(), exam.diastolicMmHg())));
            }
            if (exam.heartRateBpm() != null) {
                lines.add(line("heartRate", word("clinical.unit.perMinute", exam.heartRateBpm()), null));
            }
            if (exam.temperatureC() != null) {
                lines.add(line("temperature", Units.number(exam.temperatureC(), locale) + " °C",
                        flags.temperature(exam.temperatureC())));
            }
            if (exam.spo2Percent() != null) {
                lines.add(line("spo2", exam.spo2Percent() + "%", flags.spo2(exam.spo2Percent())));
            }
            if (exam.nyhaClass() != null) {
                lines.add(line("nyha", "NYHA " + roman(exam.nyhaClass()), flags.nyha(exam.nyhaClass())));
            }
            if (exam.ecog() != null) {
                lines.add(line("ecog", "ECOG " + exam.ecog(), null));
            }
            return lines;
        }

        Lab lab(EnteredObservation observation) {
            var test = LabTest.forLoinc(observation.loinc());
            String name = names.name(CodeSystem.LOINC, observation.loinc(), locale).orElse(null);
            String value;
            if (observation.value() instanceof ObservationValue.Quantity quantity) {
                String unit = observation.unit() == null || observation.unit().isBlank()
                        ? names.unit(observation.loinc()).orElse(test.map(LabTest::unit).map(Units::readable).orElse(""))
                        : Units.readable(observation.unit());
                value = Units.withUnit(Units.number(quantity.value(), locale), unit);
            } else {
                value = word("clinical.result." + observation.value());
            }
            return new Lab(name, observation.loinc(), value,
                    observation.date() == null ? "" : observation.date().toString(),
                    test.map(t -> flags.lab(t, observation.value(), observation.unit())).orElse(null));
        }

        /**
         * "Knee osteoarthritis (M17.0), active, onset 2024-03-01"; a past one with the date it resolved. The onset
         * is kept: the cardiac and thromboembolism rules count months from it.
         */
        String condition(Condition condition) {
            String status = status(condition.status().name());
            if (!condition.status().isCurrent() && condition.abatement() != null) {
                status = word("clinical.since", status, condition.abatement().toString());
            }
            String onset = condition.onset() == null ? "" : word("data.onset", condition.onset().toString());
            return names.label(CodeSystem.ICD_10, condition.icd10(), locale) + CodeNames.comma(locale) + status
                    + onset;
        }

        /** "Atorvastatin (C10AA05), active"; a stopped one with its last day. */
        String medication(Medication medication) {
            String status = status(medication.status().name());
            if (medication.end() != null) {
                status = word("clinical.since", status, medication.end().toString());
            }
            return names.medication(medication.atc(), medication.name(), locale) + CodeNames.comma(locale) + status;
        }

        /** "Penicillin (J01C), severe: rash". */
        String allergy(Allergy allergy) {
            String substance = allergy.atc() == null ? allergy.substance()
                    : CodeNames.beside(allergy.substance(), allergy.atc(), locale);
            String reaction = allergy.reaction() == null || allergy.reaction().isBlank() ? ""
                    : (CodeNames.chinese(locale) ? "：" : ": ") + allergy.reaction().strip();
            return substance + CodeNames.comma(locale) + status(allergy.severity().name()) + reaction;
        }

        private Line line(String key, String value, Flag flag) {
            return new Line(word("clinical.vital." + key), value, flag);
        }

        private String status(String enumName) {
            String spelling = enumName.toLowerCase(Locale.ROOT).replace('_', '-');
            return word("value." + spelling);
        }

        /** The bundle's words; a {@code value.*} key the bundle lacks (a newer code) reads as the code. */
        private String word(String key, Object... arguments) {
            return words.apply(key, arguments);
        }

        private static String orDash(Integer value) {
            return value == null ? "–" : value.toString();
        }

        private static String roman(int nyhaClass) {
            return switch (nyhaClass) {
                case 1 -> "I";
                case 2 -> "II";
                case 3 -> "III";
                default -> "IV";
            };
        }
    }
}
