package org.mscpathway.interop.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The contraindication evaluation behind the CDS service, implemented by the application with screening-core, so
 * that this module needs neither. Implementations are thread-safe.
 */
public interface EligibilityEvaluator {

    /**
     * A full evaluation of the patient record JSON.
     *
     * @throws UnreadableRecordException when the evaluator's reader refuses the record (each bad field by path)
     */
    Eligibility evaluate(JsonNode record);
}
