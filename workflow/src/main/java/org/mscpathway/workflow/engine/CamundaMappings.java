package org.mscpathway.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's MyBatis mappings (every SQL statement of the engine), parsed on a thread of their own while the
 * application context starts. Parsing them is 40 % of the start's main thread when the engine does it itself, and
 * it needs nothing from the context but the database type and table prefix, so on the second core it overlaps the
 * context's own work. The parse is Camunda's own ({@link ProcessEngineConfigurationImpl#initSqlSessionFactory}):
 * the same file, the same properties, the same builder; {@link ParsedAheadEngineConfiguration} adds the
 * environment, the statement timeout and the executor type that Camunda adds after its parse.
 */
final class CamundaMappings {

    private static final Logger log = LoggerFactory.getLogger(CamundaMappings.class);

    private final String databaseType;
    private final String tablePrefix;
    /** Until the one engine takes it: then released, whether it could use it or not. */
    private final AtomicReference<CompletableFuture<Configuration>> parsed;

    private CamundaMappings(String databaseType, String tablePrefix, CompletableFuture<Configuration> parsed) {
        this.databaseType = databaseType;
        this.tablePrefix = tablePrefix;
        this.parsed = new AtomicReference<>(parsed);
    }

    /** Starts the parse on a daemon thread and returns at once. */
    static CamundaMappings parseAhead(String databaseType, String tablePrefix) {
        Objects.requireNonNull(databaseType, "databaseType");
        Objects.requireNonNull(tablePrefix, "tablePrefix");
        CompletableFuture<Configuration> parsed = new CompletableFuture<>();
        Thread parser = new Thread(() -> {
            try {
                parsed.complete(parse(databaseType, tablePrefix));
            } catch (RuntimeException | Error e) {
                parsed.completeExceptionally(e);
            }
        }, "camunda-mappings");
        parser.setDaemon(true);
        parser.start();
        return new CamundaMappings(databaseType, tablePrefix, parsed);
    }

    /**
     * The parsed mappings, for the one engine whose database type and table prefix they were parsed for; waits for
     * the parse if it is still running.
     *
     * @return empty when the engine's settings differ, the parse failed (the engine's own parse then says why) or
     *         the mappings were taken before: a MyBatis configuration serves one engine
     */
    Optional<Configuration> take(String engineDatabaseType, String engineTablePrefix) {
        CompletableFuture<Configuration> pending = parsed.getAndSet(null);
        if (pending == null) {
            return Optional.empty();
        }
        if (!databaseType.equals(engineDatabaseType) || !tablePrefix.equals(engineTablePrefix)) {
            log.debug("Camunda's mappings were parsed ahead for {} tables prefixed '{}'; the engine has {} and '{}'"
                    + " and parses its own", databaseType, tablePrefix, engineDatabaseType, engineTablePrefix);
            return Optional.empty();
        }
        try {
            return Optional.of(pending.join());
        } catch (RuntimeException e) {
            log.debug("Parsing Camunda's mappings ahead failed; the engine parses its own", e);
            return Optional.empty();
        }
    }

    private static Configuration parse(String databaseType, String tablePrefix) {
        Properties properties = new Properties();
        properties.put("prefix", tablePrefix);
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
        String file = ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE;
        try (InputStream in = ReflectUtil.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no " + file + " on the class path");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return new XMLConfigBuilder(reader, "", properties).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
