package org.mscpathway.workflow.engine;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;

/**
 * The Spring Boot starter's engine configuration, except that it takes Camunda's MyBatis mappings parsed ahead
 * ({@link CamundaMappings}) instead of parsing them on the start's main thread. Whenever they cannot serve (another
 * database type or table prefix, a shared session factory, a failed parse, no parse started), Camunda parses its
 * own as always.
 */
class ParsedAheadEngineConfiguration extends SpringProcessEngineConfiguration {

    private final CamundaMappings mappings;
    private boolean parsedAhead;

    /** @param mappings the parse started before the context, or {@code null} when none was */
    ParsedAheadEngineConfiguration(CamundaMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    protected void initSqlSessionFactory() {
        if (mappings != null && sqlSessionFactory == null && !isUseSharedSqlSessionFactory) {
            mappings.take(databaseType, databaseTablePrefix).ifPresent(configuration -> {
                // what Camunda's initSqlSessionFactory sets around its own parse
                configuration.setEnvironment(new Environment("default", transactionFactory, dataSource));
                configuration.setDefaultStatementTimeout(jdbcStatementTimeout);
                if (isJdbcBatchProcessing()) {
                    configuration.setDefaultExecutorType(ExecutorType.BATCH);
                }
                sqlSessionFactory = new DefaultSqlSessionFactory(configuration);
                parsedAhead = true;
            });
        }
        super.initSqlSessionFactory(); // parses only when no session factory was set above
    }

    /** Whether this engine runs on the mappings parsed ahead. */
    boolean mappingsParsedAhead() {
        return parsedAhead;
    }
}
