package org.fingertip.web.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a handler that answers 200 with an .xlsx file, so that the OpenAPI description says so (see XlsxApiDocs). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface XlsxResponse {
}
