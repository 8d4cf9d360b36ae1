package org.mscpathway.notification.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseEventJsonTest {

    static final UUID EVENT = UUID.fromString("7d0c6f1e-5d1a-4a39-9f49-0a4b8f9e2c11");
    static final UUID CASE = UUID.fromString("0b6e4c8a-2f7b-4d59-8a0e-3c1d5e7f9a22");

    @Test
    void readsTheEnvelopeOfTheSchema() {
        CaseEvent event = CaseEventJson.parse("""
                {"eventId": "%s", "type": "AssessmentCompleted", "schemaVersion": 1,
                 "occurredAt": "2026-11-25T15:30:00Z", "caseId": "%s", "step": "INVESTIGATIONS",
                 "outcome": "INELIGIBLE", "actorRole": "SYSTEM"}""".formatted(EVENT, CASE));

        assertThat(event).isEqualTo(new CaseEvent(EVENT, "AssessmentCompleted", Instant.parse("2026-11-25T15:30:00Z"),
                CASE, "INVESTIGATIONS", "INELIGIBLE"));
    }

    @Test
    void nullStepAndOutcomeAndUnknownFieldsAreAccepted() {
        CaseEvent event = CaseEventJson.parse("""
                {"eventId": "%s", "type": "CaseOpened", "schemaVersion": 1, "occurredAt": "2026-11-25T15:30:00Z",
                 "caseId": "%s", "step": null, "outcome": null, "actorRole": "COORDINATOR", "traceId": "abc"}"""
                .formatted(EVENT, CASE));

        assertThat(event.step()).isNull();
        assertThat(event.outcome()).isNull();
    }

    @Test
    void missingOrWrongFieldIsNamedWithoutEchoingItsValue() {
        assertThatThrownBy(() -> CaseEventJson.parse("""
                {"type": "CaseOpened", "schemaVersion": 1, "occurredAt": "2026-11-25T15:30:00Z", "caseId": "%s"}"""
                .formatted(CASE)))
                .isInstanceOf(MalformedCaseEventException.class)
                .hasMessage("eventId is required");
        assertThatThrownBy(() -> CaseEventJson.parse("""
                {"eventId": "%s", "type": "CaseOpened", "schemaVersion": 1, "occurredAt": "2026-11-25T15:30:00Z",
                 "caseId": "Jane Roe"}""".formatted(EVENT)))
                .isInstanceOf(MalformedCaseEventException.class)
                .hasMessage("caseId must be a UUID")
                .message().doesNotContain("Jane");
        assertThatThrownBy(() -> CaseEventJson.parse("""
                {"eventId": "%s", "type": "CaseOpened", "schemaVersion": 1, "occurredAt": "yesterday",
                 "caseId": "%s"}""".formatted(EVENT, CASE)))
                .hasMessageStartingWith("occurredAt must be an ISO-8601 instant");
    }

    @Test
    void freeTextWhereACodeBelongsIsRefused() {
        assertThatThrownBy(() -> CaseEventJson.parse("""
                {"eventId": "%s", "type": "PlanDecided", "schemaVersion": 1, "occurredAt": "2026-11-25T15:30:00Z",
                 "caseId": "%s", "step": "PLAN_APPROVAL", "outcome": "rejected for Jane Roe"}""".formatted(EVENT, CASE)))
                .isInstanceOf(MalformedCaseEventException.class)
                .hasMessageStartingWith("outcome must be null or a code")
                .message().doesNotContain("Jane");
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        assertThatThrownBy(() -> CaseEventJson.parse("""
                {"eventId": "%s", "type": "CaseOpened", "schemaVersion": 2, "occurredAt": "2026-11-25T15:30:00Z",
                 "caseId": "%s"}""".formatted(EVENT, CASE)))
                .isInstanceOf(MalformedCaseEventException.class)
                .hasMessageStartingWith("schemaVersion must be 1");
    }

    @Test
    void somethingThatIsNotAJsonObjectIsRefused() {
        assertThatThrownBy(() -> CaseEventJson.parse("{\"eventId\": ")).isInstanceOf(MalformedCaseEventException.class)
                .hasMessageStartingWith("the message is not valid JSON");
        assertThatThrownBy(() -> CaseEventJson.parse("[1, 2]")).isInstanceOf(MalformedCaseEventException.class)
                .hasMessageStartingWith("the message must be a JSON object");
        assertThatThrownBy(() -> CaseEventJson.parse(null)).isInstanceOf(MalformedCaseEventException.class)
                .hasMessageStartingWith("the message is empty");
    }
}
