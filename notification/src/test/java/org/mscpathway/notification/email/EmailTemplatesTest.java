package org.mscpathway.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mscpathway.notification.event.CaseEvent;
import org.mscpathway.notification.event.CaseEventType;

class EmailTemplatesTest {

    static final URI BASE = URI.create("https://pathway.example.org/");
    static final UUID CASE = UUID.randomUUID();

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void everyEventTypeHasAnEmailWithTheCaseLinkAndNoUnfilledPlaceholder(CaseEventType type) {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);

        CaseEmail email = templates.render(new CaseEvent(UUID.randomUUID(), type.name(), Instant.now(), CASE,
                "PLAN_APPROVAL", "APPROVE"));

        assertThat(email.subject()).startsWith("MSC Pathway: ").contains(CASE.toString()).doesNotContain("{", "}");
        assertThat(email.body()).contains("https://pathway.example.org/cases/" + CASE + "?step=PLAN_APPROVAL")
                .doesNotContain("{", "}");
    }

    @Test
    void outcomeSpecificTemplateIsPreferred() {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);

        CaseEmail email = templates.render(new CaseEvent(UUID.randomUUID(), "AssessmentCompleted", Instant.now(),
                CASE, null, "INELIGIBLE"));

        assertThat(email.subject()).isEqualTo("MSC Pathway: ineligibility review needed (case " + CASE + ")");
        assertThat(email.body()).contains("https://pathway.example.org/cases/" + CASE + "\n");
    }

    @Test
    void templateThatNamesAnythingButIdsAndCodesIsRefused() {
        assertThatThrownBy(() -> new EmailTemplates("bad-templates", BASE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{patientName}")
                .hasMessageContaining("a template may use only");
    }
}
