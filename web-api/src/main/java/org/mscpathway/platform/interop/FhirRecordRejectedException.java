package org.mscpathway.platform.interop;

import java.util.List;
import java.util.Map;
import org.mscpathway.interop.fhir.ImportResult;
import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;

/**
 * The platform refused the record a Bundle was turned into (a unit the evaluator does not convert, a patient with
 * no identifier): each field is named by its record path and the FHIR resource it came from, e.g.
 * {@code Observation/hb (observations[3].unit)}.
 */
final class FhirRecordRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    private FhirRecordRejectedException(List<Map.Entry<String, String>> errors, ImportResult imported) {
        super("The patient record built from the Bundle was refused; each field names the FHIR resource it came from.");
        this.problems = errors.stream()
                .map(error -> new FieldProblem(imported.sourceOf(error.getKey())
                        .map(source -> source + " (" + error.getKey() + ")").orElse(error.getKey()), error.getValue()))
                .toList();
    }

    static FhirRecordRejectedException of(InvalidRecordException refused, ImportResult imported) {
        return new FhirRecordRejectedException(refused.errors().stream()
                .map(error -> Map.entry(error.path(), error.message())).toList(), imported);
    }

    static FhirRecordRejectedException of(InvalidCaseDataException refused, ImportResult imported) {
        return new FhirRecordRejectedException(refused.errors().stream()
                .map(error -> Map.entry(error.field(), error.message())).toList(), imported);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
