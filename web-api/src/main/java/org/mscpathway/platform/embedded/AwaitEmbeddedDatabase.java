package org.mscpathway.platform.embedded;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/** Holds back the creation of a DataSource until the embedded PostgreSQL accepts connections. */
record AwaitEmbeddedDatabase(EmbeddedServices services) implements InstantiationAwareBeanPostProcessor {

    @Override
    public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        if (DataSource.class.isAssignableFrom(beanClass)) {
            services.awaitDatabase();
        }
        return null;
    }
}
