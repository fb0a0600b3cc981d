package com.newsdesk.translation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the machine translator from {@code newsdesk.translation.provider}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TranslationProperties.class)
class TranslationConfig {

    private static final Logger log = LoggerFactory.getLogger(TranslationConfig.class);

    /** The LibreTranslate client is closed with the context (Spring infers its {@code close()} method). */
    @Bean
    MachineTranslator machineTranslator(TranslationProperties properties) {
        return switch (properties.provider()) {
            case NONE -> {
                log.info("Machine translation is off (newsdesk.translation.provider=none)");
                yield new NoMachineTranslator();
            }
            case LIBRETRANSLATE -> {
                if (properties.url() == null) {
                    throw new IllegalStateException("newsdesk.translation.provider=libretranslate needs the address of "
                            + "the service in newsdesk.translation.url, e.g. http://localhost:5000");
                }
                log.info("Machine translation by LibreTranslate at {} (API key {})", properties.url(),
                        properties.apiKey() == null ? "not set" : "set");
                yield new LibreTranslateTranslator(properties);
            }
        };
    }
}
