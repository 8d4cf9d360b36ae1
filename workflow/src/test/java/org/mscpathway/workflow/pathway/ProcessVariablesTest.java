package org.mscpathway.workflow.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The process and the code agree on the variables' names: a renamed one fails here, not in a running case. */
class ProcessVariablesTest {

    /** A condition's variable: an identifier compared or negated, e.g. {@code ${outcome == 'PLAN'}}. */
    private static final Pattern CONDITION = Pattern.compile("\\$\\{!?([a-zA-Z]+)(?: ==|})");

    @Test
    void everyVariableTheProcessReadsIsOneTheCodeWrites() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher matcher = CONDITION.matcher(bpmn().replace("&#x27;", "'"));
        while (matcher.find()) {
            read.add(matcher.group(1));
        }
        read.removeIf(name -> Character.isLowerCase(name.charAt(0)) && name.endsWith("Step")
                || name.equals("stepTracker"));

        assertThat(read).containsExactlyInAnyOrder(ProcessVariables.EARLY_INELIGIBLE, ProcessVariables.OUTCOME,
                ProcessVariables.RESUME_AT, ProcessVariables.DECISION);
        assertThat(ProcessVariables.ALL).containsAll(read);
    }

    private static String bpmn() throws IOException {
        try (InputStream in = ProcessVariablesTest.class.getResourceAsStream("/bpmn/msc-screening.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
