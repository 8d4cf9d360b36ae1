package org.mscpathway.interop.cdshooks;

import java.util.List;
import java.util.Map;

/** The evaluator refused the record built from the EHR's data: record path → problem, e.g. an unknown unit. */
public final class UnreadableRecordException extends RuntimeException {

    private final transient List<Map.Entry<String, String>> problems;

    public UnreadableRecordException(List<Map.Entry<String, String>> problems) {
        super(problems.size() + " field(s) of the record were refused");
        this.problems = List.copyOf(problems);
    }

    public List<Map.Entry<String, String>> problems() {
        return problems;
    }
}
