package org.mscpathway.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.cases.CaseClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit is for looking: an admin who signed in to {@code /camunda} and holds Camunda's own CSRF token still
 * cannot complete a task, change a variable or delete an instance through the engine's REST API. Only the
 * platform's commands move a case (issue 12, point 1). Real HTTP, because Camunda's webapp is a servlet.
 */
@PlatformTest
class CamundaWebappReadOnlyTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;
    @Autowired
    AuthorizationService authorizations;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private UUID caseId;
    private Task approval;

    @BeforeEach
    void caseWaitingForApproval() throws Exception {
        caseId = api.atPlanApproval("coordinator");
        approval = platform.tasks().createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey("PlanApproval").singleResult();
        assertThat(send("GET", "/camunda/app/cockpit/default/", null).statusCode()).isEqualTo(200);
    }

    @Test
    void adminCannotApproveAPlanByCompletingItsTaskInCamunda() throws Exception {
        HttpResponse<String> response = send("POST", ENGINE + "/task/" + approval.getId() + "/complete", """
                {"variables": {"decision": {"value": "APPROVE"}, "actorRole": {"value": "PHYSICIAN"}}}""");

        assertRefusedAndCaseUnchanged(response);
    }

    @Test
    void adminCannotChangeAProcessVariableInCamunda() throws Exception {
        HttpResponse<String> response = send("PUT", ENGINE + "/process-instance/"
                + approval.getProcessInstanceId() + "/variables/caseId", """
                {"value": "00000000-0000-0000-0000-000000000000", "type": "String"}""");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(platform.runtime().getVariable(approval.getProcessInstanceId(), "caseId"))
                .isEqualTo(caseId.toString());
        assertCaseUnchanged();
    }

    @Test
    void adminCannotDeleteAProcessInstanceInCamunda() throws Exception {
        HttpResponse<String> response = send("DELETE", ENGINE + "/process-instance/"
                + approval.getProcessInstanceId(), null);

        assertRefusedAndCaseUnchanged(response);
    }

    /** Not matched by the filter chain's list of writes: Camunda's own authorization refuses the batch. */
    @Test
    void adminCannotDeleteInstancesInABatchInCamunda() throws Exception {
        HttpResponse<String> response = send("POST", ENGINE + "/process-instance/delete", """
                {"processInstanceIds": ["%s"], "deleteReason": "cleanup"}""".formatted(
                approval.getProcessInstanceId()));

        assertRefusedAndCaseUnchanged(response);
    }

    @Test
    void adminStillReadsTheInstanceInCockpit() throws Exception {
        HttpResponse<String> response = send("GET", ENGINE + "/process-instance/"
                + approval.getProcessInstanceId(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(approval.getProcessInstanceId());
    }

    @Test
    void adminReadsTheWaitingTaskThroughTheReadersGrantAlone() throws Exception {
        // no grant is written per task (NoTaskGrants): the readers' grant on every task is what lets Cockpit show it
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(approval.getId()).count()).isZero();

        HttpResponse<String> response = send("GET", ENGINE + "/task/" + approval.getId(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(approval.getId());
    }

    /** Camunda refused the write, and the case is still open, waiting for the physician's approval. */
    private void assertRefusedAndCaseUnchanged(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(403);
        assertCaseUnchanged();
    }

    private void assertCaseUnchanged() throws Exception {
        var view = api.read("physician", "/api/v1/cases/" + caseId);
        assertThat(view.path("status").asText()).isEqualTo("OPEN");
        assertThat(view.path("currentStep").asText()).isEqualTo("PLAN_APPROVAL");
        assertThat(view.path("decisions")).isEmpty();
        assertThat(platform.tasks().createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
    }

    /** As {@code admin}, carrying the session and Camunda's CSRF token as its webapp does. */
    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port() + path))
                .header("Accept", "application/json, text/html")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
