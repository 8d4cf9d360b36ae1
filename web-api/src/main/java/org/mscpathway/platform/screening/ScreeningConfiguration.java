package org.mscpathway.platform.screening;

import java.time.Clock;
import java.util.List;
import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.platform.problem.ProblemMapping;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web edge of the evaluator the workflow module defines ({@code WorkflowAutoConfiguration}: the shipped
 * catalogue, or the site's own file named by {@code msc.screening.catalogue}): reading patient records, and refusing
 * invalid ones.
 */
@Configuration
class ScreeningConfiguration {

    /** Reads patient records against the same catalogue's indications; "today" is the server's date. */
    @Bean
    PatientRecordReader patientRecordReader(Screening screening) {
        return new PatientRecordReader(Clock.systemDefaultZone(), screening);
    }

    /** An invalid patient record, or section of one, is a 400 naming each field. */
    @Bean
    ProblemMapping invalidRecordProblem() {
        return ProblemMapping.invalid(InvalidRecordException.class, ScreeningConfiguration::fieldProblems);
    }

    private static List<FieldProblem> fieldProblems(InvalidRecordException invalid) {
        return invalid.errors().stream().map(error -> new FieldProblem(error.path(), error.message())).toList();
    }
}
