package org.mscpathway.platform.ui.clinical;

import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The pages' message bundles, read as the application reads them, for the formatting tests. */
final class Bundle {

    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private Bundle() {
    }

    static BiFunction<String, Object[], String> words(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return (key, arguments) -> messages.getMessage(key, arguments,
                key.startsWith("value.") ? key.substring("value.".length()) : key, locale);
    }
}
