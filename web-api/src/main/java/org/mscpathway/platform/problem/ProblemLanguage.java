package org.mscpathway.platform.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mscpathway.platform.language.Sentences;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * A problem's words in the client's language ({@code Accept-Language}: Simplified Chinese or English): the
 * {@code title} from the message bundles ({@code problem.title.case-not-found}, keyed by the English title), the
 * {@code detail} and each of the {@code errors}' messages through {@link Sentences}. What clients key on stays as
 * it is: the status, the {@code type}, the {@code errors}' field names and any other property. An English problem
 * is left untouched.
 */
@Component
public class ProblemLanguage {

    private final MessageSource messages;
    private final Sentences sentences;

    ProblemLanguage(MessageSource messages, Sentences sentences) {
        this.messages = messages;
        this.sentences = sentences;
    }

    public void translate(ProblemDetail problem, Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return;
        }
        String title = problem.getTitle();
        if (title != null) {
            problem.setTitle(messages.getMessage(key(title), null, title, locale));
        }
        if (problem.getDetail() != null) {
            problem.setDetail(sentences.of(problem.getDetail(), locale));
        }
        Map<String, Object> properties = problem.getProperties();
        if (properties != null && properties.get(ApiProblems.ERRORS) instanceof List<?> errors) {
            problem.setProperty(ApiProblems.ERRORS, errors.stream()
                    .map(error -> error instanceof FieldProblem field
                            ? new FieldProblem(field.field(), sentences.of(field.message(), locale)) : error)
                    .toList());
        }
    }

    /** "Case not found" → {@code problem.title.case-not-found}. */
    static String key(String englishTitle) {
        return "problem.title." + englishTitle.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
