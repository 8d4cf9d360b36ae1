package org.mscpathway.platform.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.mscpathway.interop.cdshooks.Eligibility;
import org.mscpathway.interop.cdshooks.EligibilityEvaluator;
import org.mscpathway.interop.cdshooks.UnreadableRecordException;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.springframework.stereotype.Component;

/** The CDS service's evaluator: screening-core's full evaluation with the platform's catalogue. */
@Component
record ScreeningEligibility(Screening screening, PatientRecordReader records) implements EligibilityEvaluator {

    @Override
    public Eligibility evaluate(JsonNode record) {
        Assessment assessment;
        try {
            assessment = screening.evaluate(records.read(record), EvaluationMode.FULL);
        } catch (InvalidRecordException e) {
            throw new UnreadableRecordException(e.errors().stream()
                    .map(error -> Map.entry(error.path(), error.message())).toList());
        }
        return new Eligibility(assessment.outcome().name(), assessment.rulesetVersion(),
                assessment.findings().stream().map(ScreeningEligibility::finding).toList(),
                assessment.missing().stream()
                        .map(missing -> new Eligibility.MissingItem(missing.item(), missing.reason())).toList());
    }

    private static Eligibility.RuleFinding finding(Finding finding) {
        List<String> evidence = finding.evidence().stream().map(item -> item.item() + ": " + item.value()).toList();
        return new Eligibility.RuleFinding(finding.ruleId(), finding.ruleVersion(), finding.group().name(),
                finding.severity().name(), finding.title(), finding.rationale(), finding.source(), evidence);
    }
}
