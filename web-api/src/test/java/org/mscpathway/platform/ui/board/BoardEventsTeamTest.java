package org.mscpathway.platform.ui.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.cases.CaseBodies;
import org.mscpathway.platform.cases.CaseClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live board's event stream, over real HTTP: a board hears of its own care team's cases only, and an
 * administrator alone gets a proper 403 page instead of a board.
 */
@PlatformTest
class BoardEventsTeamTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBoardHearsOfItsOwnTeamsCasesOnly() throws Exception {
        platform.member("board-coordinator-b", List.of("ward-b"), "COORDINATOR");
        List<String> mainBoard = stream("coordinator");
        List<String> wardBBoard = stream("board-coordinator-b");
        await().atMost(PATIENCE).until(() -> mainBoard.contains(":board") && wardBBoard.contains(":board"));

        UUID main = api.open("coordinator", CaseBodies.openCase());
        api.send("coordinator", "POST", "/api/v1/cases/" + main + "/withdraw", null);
        await().atMost(PATIENCE).until(() -> mainBoard.contains("data:CaseClosed"));
        api.open("board-coordinator-b", CaseBodies.openCase());
        await().atMost(PATIENCE).until(() -> wardBBoard.contains("data:CaseOpened"));

        assertThat(wardBBoard).doesNotContain("data:CaseClosed");
        assertThat(mainBoard).contains("data:CaseOpened");
    }

    @Test
    void anAdministratorAloneGetsAForbiddenPageForTheBoard() throws Exception {
        HttpResponse<String> board = http.send(get("/board", "admin").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(board.statusCode()).isEqualTo(403);
        assertThat(board.body()).contains("Not for your role").contains("care team");
    }

    /** Reads the user's board stream in the background; the lines received so far, without spaces. */
    private List<String> stream(String user) {
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(
                get("/board/events", user).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(answer -> answer.body().forEach(line -> lines.add(line.replace(" ", ""))));
        return lines;
    }

    private HttpRequest.Builder get(String path, String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
                .header("Authorization", "Basic " + credentials);
    }
}
