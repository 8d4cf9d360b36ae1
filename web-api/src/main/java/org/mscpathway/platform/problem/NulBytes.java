package org.mscpathway.platform.problem;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A NUL character has no place in any field of the platform, and PostgreSQL cannot store one in a text or JSON
 * value: a request carrying one, in its path, a parameter or a JSON body, is answered with 400 before it reaches
 * the database (which would otherwise fail with a 500).
 */
final class NulBytes {

    private static final String NUL = "\u0000";

    private NulBytes() {
    }

    static ProblemDetail problem() {
        ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST,
                "The request contains a NUL character, which no field accepts.");
        problem.setTitle("Invalid request");
        return problem;
    }

    /** Path and parameters (query string and form fields). */
    static final class InRequest extends OncePerRequestFilter {

        private final ProblemResponses problems;

        InRequest(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getRequestURI().contains(NUL) || request.getRequestURI().contains("%00")
                    || parametersHaveNul(request)) {
                problems.write(request, response, problem());
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean parametersHaveNul(HttpServletRequest request) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (parameter.getKey().contains(NUL)) {
                    return true;
                }
                for (String value : parameter.getValue()) {
                    if (value != null && value.contains(NUL)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A JSON body, in any field name or text value. */
    @ControllerAdvice
    static final class InJsonBody extends RequestBodyAdviceAdapter {

        @Override
        public boolean supports(MethodParameter parameter, Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            return targetType instanceof Class<?> type && JsonNode.class.isAssignableFrom(type);
        }

        @Override
        public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            if (body instanceof JsonNode json && hasNul(json)) {
                throw new NulCharacterException();
            }
            return body;
        }

        private static boolean hasNul(JsonNode node) {
            if (node.isTextual()) {
                return node.asText().contains(NUL);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().contains(NUL) || hasNul(field.getValue())) {
                    return true;
                }
            }
            if (node.isArray()) {
                for (JsonNode item : node) {
                    if (hasNul(item)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Thrown for a JSON body with a NUL character; answered with {@link #problem()}. */
    static final class NulCharacterException extends RuntimeException {
        NulCharacterException() {
            super("NUL character in the request body");
        }
    }
}
