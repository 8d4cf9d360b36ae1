package org.mscpathway.platform.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.mscpathway.platform.security.Actor;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, OpenAPI 3.1) and Swagger UI: every API call signs in with Basic or a
 * bearer token. The signed-in {@link Actor} a controller takes is the caller, never a parameter of the request.
 */
@Configuration
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI mscPathwayApi() {
        return new OpenAPI()
                .info(new Info().title("MSC Pathway API")
                        .description("Screening of patients for mesenchymal stem cell therapy: stateless evaluation, "
                                + "the rule catalogue and the screening cases. Errors are application/problem+json. "
                                + "The patient record's JSON Schema is served at /api/v1/schemas/patient-record.json; "
                                + "its definitions are this document's components of the same names.")
                        .version("v1"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** A field of an answer whose Java type is an object may be null, and the document says so. */
    @Bean
    PropertyCustomizer nullableAnswerFields() {
        return NullableFields::of;
    }
}
