package org.mscpathway.notification.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The smallest application that picks the notification module up from its auto-configuration. */
@SpringBootApplication
public class NotificationTestApplication {

    @Bean
    InMemoryStaff staff() {
        return new InMemoryStaff();
    }

    @Bean
    InMemoryCases cases() {
        return new InMemoryCases();
    }
}
