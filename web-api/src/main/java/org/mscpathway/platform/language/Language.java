package org.mscpathway.platform.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language the platform speaks, by the tag an account stores and a browser sends. */
public enum Language {

    ENGLISH("en", Locale.ENGLISH),
    CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language an account stored ({@code en}, {@code zh-CN}). */
    public static Optional<Language> ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The browser's language: the first of its {@code Accept-Language} ranges, by weight, that is Simplified Chinese
     * ({@code zh}, {@code zh-CN}, {@code zh-Hans}...) or English; English when none is (or the header is absent or
     * unreadable). Traditional Chinese ({@code zh-TW}, {@code zh-Hant}) is not Simplified: it is skipped.
     */
    public static Language ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            String name = range.getRange();
            if (name.equals("zh") || name.equals("zh-cn") || name.equals("zh-hans") || name.startsWith("zh-hans-")) {
                return CHINESE;
            }
            if (name.equals("en") || name.startsWith("en-")) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
