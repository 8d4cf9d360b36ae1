package org.mscpathway.platform.embedded;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/** Holds back the creation of a DataSource until the embedded PostgreSQL accepts connections. */
final class AwaitEmbeddedDatabase implements InstantiationAwareBeanPostProcessor {

    private final EmbeddedServices services;

    AwaitEmbeddedDatabase(EmbeddedServices services) {
        this.services = services;
    }

    @Override
    public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        if (DataSource.class.isAssignableFrom(beanClass)) {
            services.awaitDatabase();
        }
        return null;
    }
}
