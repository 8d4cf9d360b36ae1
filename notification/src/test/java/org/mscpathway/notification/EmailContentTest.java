package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailContentTest extends NotificationIntegrationTest {

    @Test
    void emailLinksToWhereTheWorkIsDoneAndCarriesNoPatientData() {
        UUID caseId = newCaseOpenedBy("coordinator");

        UUID overdue = publish("TaskOverdue", caseId, "PLAN_APPROVAL", null);
        UUID incomplete = publish("AssessmentCompleted", caseId, "MISSING_DATA", "INCOMPLETE");
        awaitRecipientsOf(incomplete);
        awaitEmailsSent(overdue);
        awaitEmailsSent(incomplete);

        assertThat(emailsAbout(caseId)).hasSize(3).allSatisfy(email -> {
            String text = email.subject() + "\n" + email.body();
            assertThat(text).contains("https://pathway.example.org/cases/" + caseId);
            assertThat(text).doesNotContain("MRN-0001", "Jane", "Roe", "1968-04-12", "female");
        });
        assertThat(emailsAbout(caseId))
                .anySatisfy(email -> assertThat(email.body())
                        .contains("/cases/" + caseId + "?step=PLAN_APPROVAL", "step \"plan approval\""))
                .anySatisfy(email -> assertThat(email.subject()).isEqualTo("MSC Pathway: data missing for case "
                        + caseId))
                .anySatisfy(email -> assertThat(email.body()).contains("/cases/" + caseId + "#missing-title"));
    }
}
