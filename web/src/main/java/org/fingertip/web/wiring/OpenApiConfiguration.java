package org.fingertip.web.wiring;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.fingertip.registry.access.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: HTTP Basic, and the acting user is not a request parameter. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // Resolved from the login, never sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI fingertipOpenApi() {
        return new OpenAPI()
                .info(new Info().title("指尖 Fingertip API").version("1")
                        .description("政务移动互联网应用程序的登记、申请、审核与备案。Errors are application/problem+json "
                                + "(RFC 9457) with errors: [{field, message}] for validation."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
