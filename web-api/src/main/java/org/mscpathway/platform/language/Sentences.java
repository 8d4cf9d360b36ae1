package org.mscpathway.platform.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The English sentences that locale-free modules compose (screening-core's and the pathway's validation messages,
 * the pages' notices) in the reader's language. screening-core and the workflow stay free of any locale, so their
 * messages are translated here, at the edge, by the patterns of {@code i18n/sentences_zh_CN.txt}: one
 * {@code English regex => Chinese} per line, the regex matching a whole sentence, {@code $1}... carrying its
 * variable parts (codes, numbers, field names) over unchanged. Several messages of one field ({@code a; b}) are
 * translated one by one; a trailing {@code (got ...)} keeps the value as it was typed, a leading field name
 * ({@code patient.reference: ...}) the field. A sentence no pattern matches
 * stays in English: a missing translation never hides a message.
 */
@Component("sentences")
public class Sentences {

    private static final String SEPARATOR = " => ";
    private static final Pattern GOT = Pattern.compile("(.*) \\(got (.*)\\)");
    /** A message naming its field first, {@code patient.reference: is required}. */
    private static final Pattern FIELD = Pattern.compile("([A-Za-z0-9_.\\[\\]]+): (.+)");

    private final List<Translation> chinese;

    Sentences() {
        this.chinese = load("i18n/sentences_zh_CN.txt");
    }

    /** The sentence in the current request's language. */
    public String of(String english) {
        return of(english, LocaleContextHolder.getLocale());
    }

    public String of(String english, Locale locale) {
        if (english == null || !Language.CHINESE.locale().getLanguage().equals(locale.getLanguage())) {
            return english;
        }
        String whole = chinese(english);
        if (whole != null) {
            return whole;
        }
        StringJoiner parts = new StringJoiner("；");
        for (String part : english.split("; ")) {
            String chinese = chinese(part);
            parts.add(chinese == null ? part : chinese);
        }
        return parts.toString();
    }

    /** The sentence in Chinese, or null if no pattern knows it. */
    private String chinese(String sentence) {
        String whole = translate(sentence);
        if (whole != null) {
            return whole;
        }
        Matcher got = GOT.matcher(sentence);
        if (got.matches()) {
            String core = translate(got.group(1));
            return core == null ? null : core + "（输入为 " + got.group(2) + "）";
        }
        Matcher field = FIELD.matcher(sentence);
        if (field.matches()) {
            String message = chinese(field.group(2));
            return message == null ? null : field.group(1) + "：" + message;
        }
        return null;
    }

    private String translate(String sentence) {
        for (Translation translation : chinese) {
            Matcher matcher = translation.english().matcher(sentence);
            if (matcher.matches()) {
                return matcher.replaceFirst(translation.chinese());
            }
        }
        return null;
    }

    private static List<Translation> load(String resource) {
        InputStream in = Sentences.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no translations " + resource + " on the class path");
        }
        List<Translation> translations = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf(SEPARATOR);
                if (arrow < 0) {
                    throw new IllegalStateException(resource + ": '" + line + "' has no '" + SEPARATOR.strip() + "'");
                }
                translations.add(new Translation(Pattern.compile(line.substring(0, arrow).strip()),
                        line.substring(arrow + SEPARATOR.length()).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(translations);
    }

    private record Translation(Pattern english, String chinese) {
    }
}
