package com.newsdesk.base.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    /** Static: a BeanPostProcessor must exist before the DataSource it inspects. */
    @Bean
    static DatabaseCreator databaseCreator() {
        return new DatabaseCreator();
    }
}
