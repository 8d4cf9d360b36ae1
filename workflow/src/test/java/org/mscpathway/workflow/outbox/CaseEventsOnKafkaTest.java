package org.mscpathway.workflow.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mscpathway.workflow.pathway.CaseData;
import org.mscpathway.workflow.pathway.Consent;
import org.mscpathway.workflow.pathway.Decision;
import org.mscpathway.workflow.pathway.PhysicianDecision;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** A case's events, read back from a real broker: all of them, in order, keyed by case, with no patient data. */
@WorkflowTest
class CaseEventsOnKafkaTest {

    @Autowired
    ScreeningCases cases;
    @Autowired
    ObjectMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void caseEventsArriveInOrderKeyedByCaseWithoutPatientData() throws IOException {
        String mrn = "MRN-KAFKA-0042";
        String birthDate = "1961-07-23";
        UUID id = walkToApproval(CaseData.patient(mrn, birthDate));
        List<CaseEvent> expected = cases.events(id, CaseData.TEAM);

        List<ConsumerRecord<String, String>> received = CaseEventsTopic.read(bootstrapServers, id, expected.size(), Duration.ofSeconds(30));

        assertThat(received).extracting(ConsumerRecord::key).containsOnly(id.toString());
        assertThat(received).extracting(r -> read(r.value()).path("eventId").asText())
                .containsExactlyElementsOf(expected.stream().map(e -> e.eventId().toString()).toList());
        Set<String> schemaFields = schemaProperties();
        for (ConsumerRecord<String, String> record : received) {
            assertThat(record.value()).doesNotContain(mrn).doesNotContain(birthDate);
            // The birth year in any form; the ids and the instant are left out, their random digits may hold it.
            ObjectNode codes = read(record.value()).deepCopy();
            codes.remove(List.of("eventId", "caseId", "occurredAt"));
            assertThat(codes.toString()).doesNotContain("1961");
            Set<String> fields = new HashSet<>();
            read(record.value()).fieldNames().forEachRemaining(fields::add);
            assertThat(fields).isEqualTo(schemaFields);
        }
        assertThat(received).extracting(r -> read(r.value()).path("type").asText())
                .startsWith("CaseOpened").endsWith("CaseClosed");
    }

    private UUID walkToApproval(ObjectNode patient) {
        UUID id = cases.open(patient, "type-2-diabetes", CaseData.COORDINATOR);
        cases.submitMedicalHistory(id, CaseData.history(), CaseData.COORDINATOR, null);
        cases.submitPhysicalExam(id, CaseData.exam(), CaseData.COORDINATOR, null);
        cases.submitInvestigations(id, CaseData.investigations(), CaseData.COORDINATOR, null);
        cases.decide(id, new PhysicianDecision(Decision.APPROVE, null, null, new Consent(LocalDate.now(), "v1")),
                CaseData.PHYSICIAN, null);
        return id;
    }

    private Set<String> schemaProperties() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schema/case-event.schema.json")) {
            Set<String> names = new HashSet<>();
            json.readTree(in).path("properties").fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }
}
