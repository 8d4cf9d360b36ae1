package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mscpathway.notification.inbox.Notifications;
import org.mscpathway.notification.routing.CaseDirectory;
import org.mscpathway.notification.routing.StaffDirectory;
import org.mscpathway.notification.testapp.InMemoryStaff;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.kafka.listener.MessageListenerContainer;

/** Which parts run where: the same jar serves API-only instances, consumer instances and the embedded default. */
class NotificationAutoConfigurationTest {

    /** Nothing here connects: the data source only has to exist. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, NotificationAutoConfiguration.class))
            .withBean(DataSource.class, () -> new SimpleDriverDataSource(new org.postgresql.Driver(),
                    "jdbc:postgresql://127.0.0.1:1/unused"));

    @Test
    void withTheConsumerSwitchedOffOnlyTheNotificationApiIsThere() {
        runner.withPropertyValues("msc.notification.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(Notifications.class);
            assertThat(context).doesNotHaveBean(MessageListenerContainer.class);
        });
    }

    @Test
    void consumerWithoutAStaffDirectoryRefusesToStartNamingIt() {
        runner.run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining(StaffDirectory.class.getName()));
    }

    @Test
    void consumerWithoutACaseDirectoryRefusesToStartNamingIt() {
        runner.withBean(InMemoryStaff.class).run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining(CaseDirectory.class.getName()));
    }
}
