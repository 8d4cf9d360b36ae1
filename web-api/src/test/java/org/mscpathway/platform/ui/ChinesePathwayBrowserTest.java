package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole pathway in Simplified Chinese, at a laptop's and an upright tablet's viewport: a coordinator whose
 * browser asks for Chinese opens a case and enters the three sections; the evaluation and the plan read in Chinese; a
 * physician whose browser speaks English chooses 中文 in the header (saved on the account) and approves the plan with
 * consent. Every page on the way passes the accessibility checks and axe-core's WCAG 2 A/AA rules. Screenshots land
 * in target/screenshots.
 */
@PlatformTest
class ChinesePathwayBrowserTest extends BrowserFixture {

    @Autowired
    Accounts accounts;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "820, 1180"})
    void coordinatorAndPhysicianWalkTheWholePathwayInChinese(int width, int height) throws Exception {
        String mrn = "MRN-ZH-" + UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now().toString();
        String size = width + "x" + height;
        try (Browser coordinator = Browser.open(port, width, height, "zh-CN");
             Browser physician = Browser.open(port, width, height, "en-GB")) {
            // the sign-in page already speaks the browser's language
            coordinator.go("/login");
            assertThat(coordinator.language()).isEqualTo("zh-CN");
            assertThat(coordinator.find(By.cssSelector("form button[type=submit]")).getText()).isEqualTo("登录");
            coordinator.assertAccessible();
            coordinator.signIn("coordinator");
            assertThat(coordinator.find(By.tagName("h1")).getText()).isEqualTo("病例看板");
            coordinator.assertAccessible();

            // a new case and its three sections
            coordinator.go("/cases/new");
            coordinator.assertAccessible();
            CaseForms.openKneeCase(coordinator, mrn);
            coordinator.waitForText(By.cssSelector(".patient-header .step"), "病史");
            assertThat(coordinator.find(By.cssSelector(".notice")).getText()).isEqualTo("病例已创建。下一步：病史。");
            coordinator.assertAccessible();
            String caseUrl = coordinator.path();

            CaseForms.enterHistoryWithoutTheConditionsStatus(coordinator, "allergies.substance", "青霉素",
                    "allergies.reaction", "皮疹", "allergies.severity", "mild");
            // a condition without its status is refused, in Chinese, beside the field
            assertThat(coordinator.waitFor(By.id("cond-0-status-error")).getText()).contains("必填");
            coordinator.screenshot("zh-history-refused-" + size);
            coordinator.choose(By.name("conditions.status"), "active");
            coordinator.submit("medical-history-form");
            coordinator.waitFor(By.id("physical-exam-form"));
            coordinator.waitForText(By.cssSelector(".patient-header .step"), "体格检查");
            coordinator.assertAccessible();

            CaseForms.enterNormalExam(coordinator);
            coordinator.waitForText(By.cssSelector(".patient-header .step"), "实验室与影像检查");
            coordinator.assertAccessible();

            CaseForms.enterNegativeSerology(coordinator, today);
            CaseForms.addResult(coordinator, "777-3", "250", today);
            CaseForms.addResult(coordinator, "6690-2", "6.1", today);
            coordinator.submit("investigations-form");

            // the evaluation and the plan, in Chinese
            coordinator.waitForText(By.cssSelector(".patient-header .step"), "方案审批");
            coordinator.screenshot("zh-case-" + size);
            coordinator.assertAccessible();
            coordinator.go(caseUrl + "/assessment");
            assertThat(coordinator.find(By.cssSelector(".outcome-words")).getText())
                    .startsWith("符合条件（需采取预防措施）");
            assertThat(coordinator.find(By.cssSelector(".finding.severity-PRECAUTION")).getText())
                    .contains("对产品成分有轻度过敏反应", "需预防措施");
            coordinator.screenshot("zh-assessment-" + size);
            coordinator.assertAccessible();

            // a physician whose browser speaks English chooses Chinese; the choice is kept on the account
            physician.signIn("physician");
            assertThat(physician.find(By.tagName("h1")).getText()).isEqualTo("My reviews");
            physician.choose(By.id("language-choice"), "zh-CN");
            physician.click(By.cssSelector(".language-form button[type=submit]"));
            physician.waitForText(By.tagName("h1"), "我的审核");
            assertThat(physician.language()).isEqualTo("zh-CN");
            physician.assertAccessible();
            physician.click(By.cssSelector("a[aria-label='审核 " + mrn + " 的治疗方案']"));
            physician.waitFor(By.id("decision-form"));
            assertThat(physician.find(By.cssSelector(".plan")).getText()).contains("关节腔注射", "× 10⁶ 个细胞");
            physician.screenshot("zh-approval-" + size);
            physician.assertAccessible();
            CaseForms.approveWithConsent(physician, today);
            physician.waitForText(By.cssSelector(".patient-header .status"), "已批准");
            assertThat(physician.find(By.cssSelector(".notice")).getText()).isEqualTo("决定已记录。");
            physician.assertAccessible();

            coordinator.go("/board");
            coordinator.waitForText(By.id("column-APPROVED"), mrn);
            assertThat(coordinator.find(By.id("heading-APPROVED")).getText()).contains("已批准");
            coordinator.screenshot("zh-board-" + size);
        } finally {
            accounts.saveLanguage("physician", null);
        }
    }
}
