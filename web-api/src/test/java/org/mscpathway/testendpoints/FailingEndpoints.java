package org.mscpathway.testendpoints;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail on purpose, or bind a typed body. Kept outside the application's packages so that
 * component scanning never finds them; the shared test configuration declares them.
 */
@RestController
public class FailingEndpoints {

    /** Stands for another module's exception that the platform does not know at compile time. */
    public static class StepOutOfTurn extends RuntimeException {
        StepOutOfTurn(String message) {
            super(message);
        }
    }

    /** A body bound to types, as case endpoints bind theirs. */
    public record Consent(LocalDate obtainedOn, int formVersion) {
    }

    @PostMapping("/api/v1/test/consent")
    void consent(@RequestBody Consent consent) {
    }

    /** Fails with a message that must never reach the client. */
    @PostMapping("/api/v1/test/unexpected")
    void unexpected() {
        throw new IllegalStateException("record of MRN-0001 born 1968-04-12 broke something");
    }

    /** Asks a PostgreSQL that is not there (nothing listens on port 1), as a request does while the database restarts. */
    @PostMapping("/api/v1/test/database-gone")
    void databaseGone() {
        new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/msc?connectTimeout=2", "msc", ""))
                .queryForObject("SELECT 1", Integer.class);
    }

    @PostMapping("/api/v1/test/out-of-turn")
    void outOfTurn() {
        throw new StepOutOfTurn("case 7d9f0b8e-6f7e-4d4c-9a57-0c6b7a6e1b11 is at PHYSICAL_EXAM, not MEDICAL_HISTORY");
    }
}
