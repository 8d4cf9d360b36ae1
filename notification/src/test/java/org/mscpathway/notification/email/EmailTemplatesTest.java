package org.mscpathway.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThat(email.body()).contains("https://pathway.example.org/cases/" + CASE).doesNotContain("{", "}");
    }

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void aRecipientWhoChoseChineseGetsEveryEmailInChineseWithTheStepInWords(CaseEventType type) {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);

        CaseEmail email = templates.render(new CaseEvent(UUID.randomUUID(), type.name(), Instant.now(), CASE,
                "PLAN_APPROVAL", "APPROVE"), "zh-CN");

        assertThat(email.subject()).startsWith("MSC Pathway：").contains(CASE.toString()).doesNotContain("{", "}");
        assertThat(email.body()).contains("https://pathway.example.org/cases/" + CASE)
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
        assertThat(email.body()).contains("https://pathway.example.org/cases/" + CASE + "/review\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            AssessmentCompleted | INELIGIBLE | To do: review the ineligibility      | /review
            AssessmentCompleted | INCOMPLETE | To do: enter the missing data        | #missing-title
            PlanProposed        | 1          | To do: approve the treatment plan    | /review
            TaskOverdue         |            | To do: the task at step "plan approval" | ?step=PLAN_APPROVAL
            """)
    void anEmailNamesTheWorkToBeDoneAndLinksToThePageWhereItIsDone(String type, String outcome, String work,
                                                                   String page) {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);

        CaseEmail email = templates.render(new CaseEvent(UUID.randomUUID(), type, Instant.now(), CASE,
                "PLAN_APPROVAL", outcome));

        assertThat(email.body()).contains(work).contains("https://pathway.example.org/cases/" + CASE + page + "\n");
    }

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void everyEmailSaysItNamesNoPatientBecauseEmailIsNotASafeChannel(CaseEventType type) {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);
        CaseEvent event = new CaseEvent(UUID.randomUUID(), type.name(), Instant.now(), CASE, "PLAN_APPROVAL",
                "APPROVE");

        assertThat(templates.render(event).body()).contains("This email names no patient: email is not a safe channel");
        assertThat(templates.render(event, "zh-CN").body()).contains("邮件不包含任何患者信息");
    }

    @Test
    void outcomesAndDecisionsAreWordsNotCodesInEnglishAsInChinese() {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);
        CaseEvent assessed = new CaseEvent(UUID.randomUUID(), "AssessmentCompleted", Instant.now(), CASE,
                "INVESTIGATIONS", "ELIGIBLE_WITH_PRECAUTIONS");
        CaseEvent decided = new CaseEvent(UUID.randomUUID(), "PlanDecided", Instant.now(), CASE, "PLAN_APPROVAL",
                "REQUEST_CHANGES");

        assertThat(templates.render(assessed).subject())
                .isEqualTo("MSC Pathway: case " + CASE + " assessed: eligible with precautions");
        assertThat(templates.render(decided).body()).contains(": changes to the plan requested.")
                .doesNotContain("REQUEST_CHANGES");
        assertThat(templates.render(assessed, "zh-CN").body()).contains("结果：符合条件（需采取预防措施）")
                .doesNotContain("ELIGIBLE_WITH_PRECAUTIONS");
    }

    @Test
    void aChineseIneligibilityEmailNamesTheReviewToDoAndLinksToIt() {
        EmailTemplates templates = new EmailTemplates(EmailConfiguration.TEMPLATES, BASE);

        CaseEmail email = templates.render(new CaseEvent(UUID.randomUUID(), "AssessmentCompleted", Instant.now(),
                CASE, "INELIGIBILITY_REVIEW", "INELIGIBLE"), "zh-CN");

        assertThat(email.body()).contains("待办：审核筛查病例 " + CASE + " 的不符合条件结论")
                .contains("打开审核页面：https://pathway.example.org/cases/" + CASE + "/review");
    }

    @Test
    void templateThatNamesAnythingButIdsAndCodesIsRefused() {
        assertThatThrownBy(() -> new EmailTemplates("bad-templates", BASE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{patientName}")
                .hasMessageContaining("a template may use only");
    }
}
