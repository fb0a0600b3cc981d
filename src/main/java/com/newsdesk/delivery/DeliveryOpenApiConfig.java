package com.newsdesk.delivery;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title page (/v3/api-docs, Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class DeliveryOpenApiConfig {

    @Bean
    OpenAPI deliveryOpenApi() {
        return new OpenAPI().info(new Info().title("Newsdesk delivery API").version("v1")
                .description("What the app shows: published articles by country and by feature, one article with its "
                        + "Alternative Takes, and Atom feeds. Read-only, no login. Field names are stable: fields "
                        + "may be added, never renamed or removed."));
    }
}
