package org.mscpathway.platform.screening;

import java.time.Clock;
import java.util.List;
import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.platform.problem.ProblemMapping;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluator every part of the platform shares: the shipped catalogue, or the site's own file named by
 * {@code msc.screening.catalogue} (an invalid file stops the start with every bad key named).
 */
@Configuration
class ScreeningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScreeningConfiguration.class);

    @Bean
    Screening screening(ScreeningProperties properties) {
        Screening screening = properties.catalogue() == null
                ? Screening.withDefaultCatalogue()
                : Screening.withCatalogue(properties.catalogue());
        log.info("Screening with ruleset {} ({})", screening.rulesetVersion(),
                properties.catalogue() == null ? "the catalogue shipped with the platform" : properties.catalogue());
        return screening;
    }

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
