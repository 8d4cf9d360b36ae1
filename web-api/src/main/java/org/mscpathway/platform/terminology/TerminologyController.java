package org.mscpathway.platform.terminology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.screening.terminology.CodeSystem;
import org.mscpathway.screening.terminology.Terminology;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finds codes by name in the terminology of the catalogue (ICD-10, ATC, LOINC; English and Chinese names), best match
 * first. Machine clients ask {@code /api/v1/terminology}; the workflow UI's pages ask {@code /terminology}, because
 * the API's filter chain signs in on every request and takes no session cookie. Terminology is no patient data:
 * any signed-in role may search it.
 */
@RestController
record TerminologyController(Terminology terminology) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;

    @Operation(summary = "Codes whose code or English or Chinese name matches q, best first (any user)")
    @GetMapping(path = "/api/v1/terminology", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TermAnswer> search(
            @Parameter(description = "ICD-10, ATC or LOINC; absent for all three")
            @RequestParam(required = false) String system,
            @Parameter(description = "a code or part of a name: at least 2 characters, or one Chinese character")
            @RequestParam(required = false) String q,
            @Parameter(description = "at most this many entries, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
            @RequestParam(required = false) Integer limit) {
        List<FieldProblem> problems = new ArrayList<>();
        CodeSystem asked = null;
        if (system != null) {
            asked = CodeSystem.named(system.strip()).orElse(null);
            if (asked == null) {
                problems.add(new FieldProblem("system", "must be ICD-10, ATC or LOINC"));
            }
        }
        if (!Terminology.isSearchable(q)) {
            problems.add(new FieldProblem("q", "must be at least 2 characters, or one Chinese character"));
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTerminologyQueryException(problems);
        }
        return terminology.search(asked, q, size).stream().map(TermAnswer::of).toList();
    }

    /** The same search for the workflow UI's pages, signed in by their session. */
    @GetMapping(path = "/terminology", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TermAnswer> searchFromAPage(@RequestParam(required = false) String system,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer limit) {
        return search(system, q, limit);
    }
}
