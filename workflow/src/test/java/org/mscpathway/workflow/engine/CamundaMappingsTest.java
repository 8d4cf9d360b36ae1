package org.mscpathway.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class CamundaMappingsTest {

    @Test
    void mappingsParsedAheadAreTheOnesCamundaParsesItself() {
        Configuration ahead = CamundaMappings.parseAhead("postgres", "").take("postgres", "").orElseThrow();
        Configuration own = new CamundasOwnParse().parse("postgres", "");

        assertThat(ahead.getVariables()).isEqualTo(own.getVariables());
        assertThat(ahead.getMappedStatementNames()).hasSizeGreaterThan(500)
                .containsExactlyInAnyOrderElementsOf(own.getMappedStatementNames());
        assertThat(ahead.getResultMapNames()).containsExactlyInAnyOrderElementsOf(own.getResultMapNames());
        for (String name : own.getMappedStatementNames()) {
            MappedStatement expected = own.getMappedStatement(name);
            MappedStatement actual = ahead.getMappedStatement(name);
            assertThat(actual.getSqlCommandType()).as(name).isEqualTo(expected.getSqlCommandType());
            assertThat(actual.getSqlSource().getClass()).as(name).isEqualTo(expected.getSqlSource().getClass());
            assertThat(actual.getResultMaps()).as(name).extracting(ResultMap::getId)
                    .isEqualTo(expected.getResultMaps().stream().map(ResultMap::getId).toList());
            if (expected.getSqlSource() instanceof RawSqlSource) {
                assertThat(actual.getBoundSql(null).getSql()).as(name)
                        .isEqualTo(expected.getBoundSql(null).getSql());
            }
        }
    }

    @Test
    void anEngineWithAnotherTablePrefixOrDatabaseParsesItsOwn() {
        assertThat(CamundaMappings.parseAhead("postgres", "").take("postgres", "camunda.")).isEmpty();
        assertThat(CamundaMappings.parseAhead("postgres", "").take("h2", "")).isEmpty();
    }

    @Test
    void theMappingsServeOneEngineOnly() {
        CamundaMappings mappings = CamundaMappings.parseAhead("postgres", "");

        assertThat(mappings.take("postgres", "")).isPresent();
        assertThat(mappings.take("postgres", "")).isEmpty();
    }

    @Test
    void aFailedParseLeavesTheEngineToParseItsOwn() {
        // Camunda has no statements for this database: its properties are missing and the parse fails
        assertThat(CamundaMappings.parseAhead("no-such-database", "").take("no-such-database", "")).isEmpty();
    }

    /** Camunda's own {@code initSqlSessionFactory}, as the engine runs it. */
    private static final class CamundasOwnParse extends StandaloneProcessEngineConfiguration {

        Configuration parse(String type, String prefix) {
            setDatabaseType(type);
            setDatabaseTablePrefix(prefix);
            setDataSource(new PGSimpleDataSource());
            setTransactionFactory(new JdbcTransactionFactory());
            initSqlSessionFactory();
            return getSqlSessionFactory().getConfiguration();
        }
    }
}
