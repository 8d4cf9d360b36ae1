package org.mscpathway.notification.email;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mscpathway.notification.event.CaseEvent;
import org.mscpathway.notification.event.CaseEventType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Plain-text email templates, one per event type ({@code PlanProposed.txt}) or per type and outcome
 * ({@code AssessmentCompleted-INELIGIBLE.txt}), falling back to {@code CaseEvent.txt}. The first line is
 * {@code Subject: ...}, then a blank line, then the body.
 *
 * <p>A recipient who chose Simplified Chinese ({@code zh-CN}) gets the template of the same name under
 * {@code zh-CN/}, with the step and outcome codes in the words of {@code zh-CN/words.properties}; a template missing
 * there falls back to the English one, so nobody goes without an email.
 *
 * <p>A template can only name the event's ids and codes: {@value #ALLOWED_DESCRIPTION}. Anything else is refused when
 * the template is loaded, so no template can ever ask for a patient's name, MRN or birth date.
 */
class EmailTemplates {

    static final String ALLOWED_DESCRIPTION = "{caseId}, {caseLink}, {step}, {outcome}, {type}, {occurredAt}";
    private static final Set<String> ALLOWED = Set.of("caseId", "caseLink", "step", "outcome", "type", "occurredAt");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,32}");
    private static final String SUBJECT = "Subject: ";
    private static final String FALLBACK = "CaseEvent";
    static final String CHINESE = "zh-CN";

    private final String location;
    private final String baseUrl;
    private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();
    private final Properties chineseWords;

    /** Loads (and so checks) the template of every known event type at once. */
    EmailTemplates(String location, URI baseUrl) {
        this.location = location.endsWith("/") ? location : location + "/";
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.chineseWords = words(this.location + CHINESE + "/words.properties");
        Stream.of(CaseEventType.values()).forEach(type -> {
            template(type.name());
            template(CHINESE + "/" + type.name());
        });
        template(FALLBACK).orElseThrow(() -> new IllegalStateException("no email template " + resourceOf(FALLBACK)));
    }

    /** The email in English. */
    CaseEmail render(CaseEvent event) {
        return render(event, null);
    }

    /** The email in the recipient's language ({@code zh-CN}), or in English for any other or none. */
    CaseEmail render(CaseEvent event, String language) {
        boolean chinese = CHINESE.equals(language);
        String prefix = chinese ? CHINESE + "/" : "";
        Optional<Template> byOutcome = event.outcome() != null && CODE.matcher(event.outcome()).matches()
                ? template(prefix + event.type() + "-" + event.outcome())
                : Optional.empty();
        Template template = byOutcome
                .or(() -> template(prefix + event.type()))
                .or(() -> template(prefix + FALLBACK))
                .or(() -> template(FALLBACK))
                .orElseThrow();
        Map<String, String> values = Map.of(
                "caseId", event.caseId().toString(),
                "caseLink", linkTo(event),
                "step", step(event.step(), chinese),
                "outcome", outcome(event.outcome(), chinese),
                "type", event.type(),
                "occurredAt", event.occurredAt().toString());
        return new CaseEmail(fill(template.subject(), values), fill(template.body(), values));
    }

    private String step(String step, boolean chinese) {
        if (step == null) {
            return chinese ? chineseWords.getProperty("none", "none") : "none";
        }
        return chinese ? chineseWords.getProperty("step." + step, step)
                : step.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private String outcome(String outcome, boolean chinese) {
        if (outcome == null) {
            return chinese ? chineseWords.getProperty("none", "none") : "none";
        }
        return chinese ? chineseWords.getProperty("outcome." + outcome, outcome) : outcome;
    }

    private static Properties words(String location) {
        Properties words = new Properties();
        Resource resource = new ClassPathResource(location);
        if (resource.exists()) {
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                words.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
            }
        }
        return words;
    }

    private String linkTo(CaseEvent event) {
        String link = baseUrl + "/cases/" + event.caseId();
        return event.step() == null ? link : link + "?step=" + event.step();
    }

    private Optional<Template> template(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private Optional<Template> load(String name) {
        Resource resource = new ClassPathResource(resourceOf(name));
        if (!resource.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Template.parse(resource.getDescription(),
                    resource.getContentAsString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read email template " + resource.getDescription(), e);
        }
    }

    private String resourceOf(String name) {
        return location + name + ".txt";
    }

    private static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    private record Template(String subject, String body) {

        static Template parse(String source, String text) {
            String normalized = text.replace("\r\n", "\n");
            int endOfSubject = normalized.indexOf('\n');
            if (!normalized.startsWith(SUBJECT) || endOfSubject < 0) {
                throw new IllegalStateException("email template " + source + " must start with a line 'Subject: ...'");
            }
            Matcher placeholders = PLACEHOLDER.matcher(normalized);
            while (placeholders.find()) {
                if (!ALLOWED.contains(placeholders.group(1))) {
                    throw new IllegalStateException("email template " + source + " names {" + placeholders.group(1)
                            + "}: a template may use only " + ALLOWED_DESCRIPTION);
                }
            }
            return new Template(normalized.substring(SUBJECT.length(), endOfSubject).strip(),
                    normalized.substring(endOfSubject + 1).strip() + "\n");
        }
    }
}
