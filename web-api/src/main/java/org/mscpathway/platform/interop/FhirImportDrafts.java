package org.mscpathway.platform.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mscpathway.interop.fhir.Unmapped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The FHIR import waiting on each case (table {@code msc.fhir_import_draft}); the workflow UI reads it to fill the
 * step forms for the coordinator to confirm.
 */
@Repository
public class FhirImportDrafts {

    /**
     * @param sections {@code medicalHistory}, {@code physicalExam}, {@code investigations} as the steps take them
     * @param unmapped what the import could not fill in, stored as {@code [{"resource", "element", "reason"}]}
     */
    public record Draft(UUID caseId, JsonNode sections, List<Unmapped> unmapped, String importedBy,
                        Instant importedAt) {

        public Draft {
            unmapped = List.copyOf(unmapped);
        }
    }

    private static final TypeReference<List<Unmapped>> UNMAPPED = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FhirImportDrafts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(Draft draft) {
        jdbc.sql("""
                INSERT INTO msc.fhir_import_draft (case_id, sections, unmapped, imported_by, imported_at)
                VALUES (:case, CAST(:sections AS jsonb), CAST(:unmapped AS jsonb), :by, :at)
                ON CONFLICT (case_id) DO UPDATE SET sections = EXCLUDED.sections, unmapped = EXCLUDED.unmapped,
                    imported_by = EXCLUDED.imported_by, imported_at = EXCLUDED.imported_at""")
                .param("case", draft.caseId())
                .param("sections", text(draft.sections()))
                .param("unmapped", text(draft.unmapped()))
                .param("by", draft.importedBy())
                .param("at", Timestamp.from(draft.importedAt()))
                .update();
    }

    public Optional<Draft> find(UUID caseId) {
        return jdbc.sql("SELECT sections, unmapped, imported_by, imported_at FROM msc.fhir_import_draft "
                        + "WHERE case_id = :case")
                .param("case", caseId)
                .query((row, n) -> new Draft(caseId, tree(row.getString("sections")),
                        unmapped(row.getString("unmapped")), row.getString("imported_by"),
                        row.getTimestamp("imported_at").toInstant()))
                .optional();
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private List<Unmapped> unmapped(String text) {
        try {
            return json.readValue(text, UNMAPPED);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("msc.fhir_import_draft holds JSON the platform wrote", e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("msc.fhir_import_draft holds JSON the platform wrote", e);
        }
    }
}
