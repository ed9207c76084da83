package org.fingertip.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.fingertip.registry.access.Role;

/**
 * The roles that may call an endpoint. Every handler method of the application declares either this or
 * {@link PublicEndpoint}; an endpoint with neither is refused to everyone, and a test fails the build.
 * Jurisdiction and unit checks come on top, in the core.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {
    Role[] value();
}
