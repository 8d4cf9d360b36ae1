package org.mscpathway.platform.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two bundles in step: every English text has its Chinese, with the same arguments. */
class MessagesTest {

    /** Names, and patterns that only arrange other texts, which need no Chinese word of their own. */
    static final Set<String> SAME_IN_BOTH = Set.of("app.name", "rows.cell");

    final Properties english = load("messages.properties");
    final Properties chinese = load("messages_zh_CN.properties");

    @Test
    void everyEnglishTextHasAChineseOne() {
        assertThat(chinese.stringPropertyNames()).containsAll(english.stringPropertyNames());
        english.stringPropertyNames().stream().filter(key -> !SAME_IN_BOTH.contains(key))
                .forEach(key -> assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}"));
    }

    @Test
    void aChineseTextTakesTheSameArgumentsAsItsEnglish() {
        for (String key : english.stringPropertyNames()) {
            int arguments = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            assertThat(new MessageFormat(chinese.getProperty(key)).getFormatsByArgumentIndex()).as(key)
                    .hasSize(arguments);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
