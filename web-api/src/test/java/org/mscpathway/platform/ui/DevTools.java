package org.mscpathway.platform.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Chrome DevTools Protocol session with a page, over the WebSocket Chromium opens for
 * {@code --remote-debugging-port}: a command is sent with an id and answered by the message carrying that id. Events
 * are not needed by the tests (they poll the page), so they are dropped.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final WebSocket socket;

    private DevTools(URI page) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(ANSWER_WITHIN)
                .buildAsync(page, new Listener())
                .join();
    }

    static DevTools connect(URI page) {
        return new DevTools(page);
    }

    /** Runs one command and returns its result; a protocol error fails the test with the command and the error. */
    JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(command.toString(), true).join();
            JsonNode message = answer.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
            if (message.has("error")) {
                throw new DevToolsException(method + " failed: " + message.get("error"));
            }
            return message.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException(method + " was interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new DevToolsException(method + " got no answer within " + ANSWER_WITHIN + ": " + e);
        } finally {
            pending.remove(id);
        }
    }

    /** Evaluates a script in the page; returns its value, or a handle ({@code objectId}) when not {@code byValue}. */
    JsonNode evaluate(String expression, boolean byValue) {
        return remoteObject(send("Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", byValue, "awaitPromise", false)));
    }

    /** Calls {@code function} with {@code this} bound to the page object {@code objectId} and plain arguments. */
    JsonNode call(String objectId, String function, boolean byValue, Object... arguments) {
        var values = java.util.Arrays.stream(arguments).map(argument -> Map.of("value", argument)).toList();
        return remoteObject(send("Runtime.callFunctionOn", Map.of("objectId", objectId,
                "functionDeclaration", function, "arguments", values, "returnByValue", byValue, "awaitPromise", true)));
    }

    private static JsonNode remoteObject(JsonNode result) {
        if (result.has("exceptionDetails")) {
            JsonNode details = result.get("exceptionDetails");
            throw new DevToolsException("the page's script failed: "
                    + details.path("exception").path("description").asText(details.path("text").asText()));
        }
        return result.path("result");
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Why a command failed, e.g. because the page it ran in navigated away; waits retry on it. */
    static final class DevToolsException extends RuntimeException {
        DevToolsException(String message) {
            super(message);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence part, boolean last) {
            message.append(part);
            if (last) {
                answer(message.toString());
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(answer -> answer.completeExceptionally(error));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int status, String reason) {
            pending.values().forEach(answer -> answer.completeExceptionally(
                    new IllegalStateException("Chromium closed the session: " + status + " " + reason)));
            return null;
        }

        private void answer(String text) {
            try {
                JsonNode node = JSON.readTree(text);
                if (node.has("id")) {
                    CompletableFuture<JsonNode> answer = pending.get(node.get("id").asInt());
                    if (answer != null) {
                        answer.complete(node);
                    }
                }
            } catch (java.io.IOException e) {
                pending.values().forEach(answer -> answer.completeExceptionally(e));
            }
        }
    }
}
