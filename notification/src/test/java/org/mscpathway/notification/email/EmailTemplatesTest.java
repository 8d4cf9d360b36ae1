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

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void aRecipientWhoChoseChineseGetsEveryEmailInChineseWithTheStepInWords(CaseEventType type) {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);

        CaseEmail email = templates.render(new CaseEvent(UUID.randomUUID(), type.name(), Instant.now(), CASE,
                "PLAN_APPROVAL", "APPROVE"), "zh-CN");

        assertThat(email.subject()).startsWith("MSC Pathway：").contains(CASE.toString()).doesNotContain("{", "}");
        assertThat(email.body()).contains("https://pathway.example.org/cases/" + CASE + "?step=PLAN_APPROVAL")
                .contains("您收到此邮件").doesNotContain("{", "}", "PLAN_APPROVAL\"", "plan approval");
    }

    @Test
    void chineseIneligibilityEmailNamesTheReviewAndAnyOtherLanguageGetsEnglish() {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);
        CaseEvent ineligible = new CaseEvent(UUID.randomUUID(), "AssessmentCompleted", Instant.now(), CASE, null,
                "INELIGIBLE");

        assertThat(templates.render(ineligible, "zh-CN").subject())
                .isEqualTo("MSC Pathway：需要不符合条件审核（病例 " + CASE + "）");
        assertThat(templates.render(ineligible, "en").subject())
                .isEqualTo("MSC Pathway: ineligibility review needed (case " + CASE + ")");
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
