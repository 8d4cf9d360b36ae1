package org.mscpathway.interop.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardFeedbackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheSpecificationsOverriddenCardExample() throws Exception {
        var feedback = CardFeedback.read(JSON.readTree("""
                {"feedback": [{"card": "9368d37b-283f-44a0-93ea-547cebab93ed", "outcome": "overridden",
                  "overrideReason": {"reason": {"code": "clinical-judgement",
                    "system": "https://mscpathway.org/cds/override-reason", "display": "Physician accepts the risk"},
                    "userComment": "discussed with the patient"},
                  "outcomeTimestamp": "2026-11-25T14:35:09.000Z"}]}"""));

        assertThat(feedback).containsExactly(new CardFeedback(UUID.fromString("9368d37b-283f-44a0-93ea-547cebab93ed"),
                "overridden", "clinical-judgement", "Physician accepts the risk", "discussed with the patient",
                Instant.parse("2026-11-25T14:35:09Z")));
    }

    @Test
    void anOutcomeOtherThanAcceptedOrOverriddenIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CardFeedback.read(JSON.readTree("""
                {"feedback": [{"card": "9368d37b-283f-44a0-93ea-547cebab93ed", "outcome": "ignored",
                  "outcomeTimestamp": "2026-11-25T14:35:09Z"}]}""")))
                .isInstanceOfSatisfying(InvalidCdsRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("feedback[0].outcome"));
    }

    @Test
    void aCardThatIsNotAUuidIsRefused() {
        assertThatThrownBy(() -> CardFeedback.read(JSON.readTree("""
                {"feedback": [{"card": "card-1", "outcome": "accepted", "outcomeTimestamp": "2026-11-25T14:35:09Z"}]}""")))
                .isInstanceOfSatisfying(InvalidCdsRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("feedback[0].card"));
    }
}
