package com.newsdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context of the integration tests: the real application on a random port, on PostgreSQL
 * (database {@code newsdesk_it}, fresh per build), with the demo newsroom loaded, and its outside world (translation
 * service, news sites) served by {@link ItHttpStub}. Every *IT uses exactly this
 * annotation and nothing that changes the context, so that Spring starts the application once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "it"})
@ContextConfiguration(initializers = ItHttpStub.Initializer.class)
public @interface NewsdeskIntegrationTest {
}
