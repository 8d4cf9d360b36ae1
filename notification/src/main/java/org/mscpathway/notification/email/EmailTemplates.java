package org.mscpathway.notification.email;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * the template is loaded, so no template can ever ask for a patient's name, MRN or birth date. That is deliberate:
 * email is not a safe channel for patient data (it is stored and forwarded outside the platform, unencrypted at rest,
 * and read on any device), so an email names the work to be done and links to the page where it is done; the page
 * shows the patient to a signed-in member of the case's care team only (docs/security.md).
 *
 * <p>{@code {caseLink}} leads straight to that page: the physician's review for an ineligibility to confirm or a plan
 * to approve, the list of missing items for missing data, else the case.
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
    private final Properties englishWords;
    private final Properties chineseWords;

    /** Loads (and so checks) the template of every known event type at once. */
    EmailTemplates(String location, URI baseUrl) {
        this.location = location.endsWith("/") ? location : location + "/";
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.englishWords = words(this.location + "words.properties");
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
        return word("step.", step, chinese);
    }

    private String outcome(String outcome, boolean chinese) {
        return word("outcome.", outcome, chinese);
    }

    /** A code in the recipient's words (words*.properties); a code they do not list (a plan version) as it is. */
    private String word(String prefix, String code, boolean chinese) {
        Properties words = chinese ? chineseWords : englishWords;
        return code == null ? words.getProperty("none", "none") : words.getProperty(prefix + code, code);
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

    /** The page where the work the email names is done (the web UI's addresses). */
    private String linkTo(CaseEvent event) {
        String link = baseUrl + "/cases/" + event.caseId();
        boolean assessed = "AssessmentCompleted".equals(event.type());
        if ("PlanProposed".equals(event.type()) || assessed && "INELIGIBLE".equals(event.outcome())) {
            return link + "/review";
        }
        if (assessed && "INCOMPLETE".equals(event.outcome())) {
            return link + "#missing-title";
        }
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
