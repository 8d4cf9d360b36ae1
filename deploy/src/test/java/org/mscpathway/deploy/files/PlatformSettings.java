package org.mscpathway.deploy.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The settings the platform reads: every property in the configuration metadata of the platform jar and of its
 * libraries (Spring Boot, Camunda, and the platform's own {@code @ConfigurationProperties}), and every key of its
 * {@code application*.yml}. An environment variable is read when Spring Boot's own relaxed binding for the system
 * environment maps it onto one of them, or under a map- or list-valued one (e.g. {@code LOGGING_LEVEL_KAFKA}).
 */
final class PlatformSettings {

    /** Read by the JVM or the launcher, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final String[] OPEN_TYPES = {"java.util.Map", "java.util.List", "java.util.Set",
            "java.util.Collection", "java.util.Properties"};

    private final Set<ConfigurationPropertyName> properties = new HashSet<>();
    private final Set<ConfigurationPropertyName> openProperties = new HashSet<>();
    private final Map<String, Object> applicationYml = new LinkedHashMap<>();

    private PlatformSettings() {
    }

    /** From the platform jar (its classes and every library in it) and the metadata on this class path. */
    static PlatformSettings of(Path platformJar) {
        if (!Files.isRegularFile(platformJar)) {
            throw new IllegalStateException(platformJar + " is missing: build the platform first with "
                    + "`./mvnw -q install -DskipTests`");
        }
        PlatformSettings settings = new PlatformSettings();
        settings.readJar(platformJar);
        settings.readClassPathMetadata();
        return settings;
    }

    boolean reads(String environmentVariable) {
        if (JVM_VARIABLES.contains(environmentVariable)) {
            return true;
        }
        ConfigurationPropertySource environment = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(environmentVariable, "set")));
        for (ConfigurationPropertyName name : properties) {
            ConfigurationProperty property = environment.getConfigurationProperty(name);
            if (property != null) {
                return true;
            }
        }
        return openProperties.stream()
                .anyMatch(name -> environment.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT);
    }

    /** A value of the platform's own application.yml, e.g. {@code management.endpoint.health.probes.enabled}. */
    Object applicationYml(String key) {
        return applicationYml.get(key);
    }

    int size() {
        return properties.size();
    }

    private void readJar(Path platformJar) {
        try (ZipFile jar = new ZipFile(platformJar.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.endsWith("META-INF/spring-configuration-metadata.json")
                        || name.endsWith("META-INF/additional-spring-configuration-metadata.json")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        readMetadata(in);
                    }
                } else if (name.matches("BOOT-INF/classes/application(-[a-z]+)?\\.ya?ml")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        readApplicationYml(in, name.equals("BOOT-INF/classes/application.yml"));
                    }
                } else if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        readLibrary(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + platformJar, e);
        }
    }

    private void readLibrary(InputStream library) throws IOException {
        JarInputStream jar = new JarInputStream(library);
        for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
            if (entry.getName().endsWith("spring-configuration-metadata.json")) {
                readMetadata(jar);
            }
        }
    }

    /** The platform's modules (workflow, notification) as this build made them, whether or not the jar has them yet. */
    private void readClassPathMetadata() {
        try {
            for (URL url : Collections.list(getClass().getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    readMetadata(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the configuration metadata on the class path", e);
        }
    }

    private void readMetadata(InputStream in) throws IOException {
        JsonNode metadata = new ObjectMapper().readTree(new NonClosing(in));
        for (JsonNode property : metadata.path("properties")) {
            String type = property.path("type").asText("");
            add(property.path("name").asText(), isOpen(type));
        }
    }

    private static boolean isOpen(String type) {
        for (String open : OPEN_TYPES) {
            if (type.startsWith(open)) {
                return true;
            }
        }
        return type.endsWith("[]");
    }

    private void readApplicationYml(InputStream in, boolean remember) {
        for (Object document : new Yaml().loadAll(new NonClosing(in))) {
            if (document instanceof Map<?, ?> map) {
                Map<String, Object> flat = new LinkedHashMap<>();
                flatten("", map, flat);
                flat.keySet().forEach(key -> add(key, false));
                if (remember) {
                    applicationYml.putAll(flat);
                }
            }
        }
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> flat) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                flatten(name, nested, flat);
            } else {
                flat.put(name, value);
            }
        });
    }

    private void add(String name, boolean open) {
        ConfigurationPropertyName adapted = ConfigurationPropertyName.adapt(name, '.');
        if (!adapted.isEmpty()) {
            properties.add(adapted);
            if (open) {
                openProperties.add(adapted);
            }
        }
    }

    /** Jackson and SnakeYAML close what they read; a nested jar's stream must stay open for its next entry. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
