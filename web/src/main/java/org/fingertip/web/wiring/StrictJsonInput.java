package org.fingertip.web.wiring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly, as the API promises (400 naming the field): an unknown field is refused, and a
 * value of the wrong JSON type is not converted — no number or boolean taken as text ({@code "name": 123}), no text
 * taken as a boolean or number ({@code "fitsDigitalPlan": "true"}), no fraction truncated to an integer, and nothing
 * after the JSON value ({@code {"name": "x"} trailing}). In code, not in application.yml, so that no configuration
 * file can loosen the contract.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonInput {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInputCustomizer() {
        return builder -> builder
                .failOnUnknownProperties(true)
                .featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
