package org.fingertip.web.page;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address no controller serves (404) or a method it does not take (405), asked for by a browser outside the
 * API: our error page rather than problem+json. Every other caller gets exactly what it got before — Spring Boot's
 * problem details when {@code spring.mvc.problemdetails} is on, the container's error answer otherwise. Ordered after
 * {@link ErrorPages} and the API's own advice, before Spring Boot's.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnmappedPageErrors {
    private static final List<String> NOT_PAGES = List.of("/api/", "/engine-rest", "/camunda", "/v3/api-docs",
            "/swagger-ui", "/actuator");

    private final ObjectProvider<ResponseEntityExceptionHandler> problemDetails;

    UnmappedPageErrors(ObjectProvider<ResponseEntityExceptionHandler> problemDetails) {
        this.problemDetails = problemDetails;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    Object unmapped(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (isPage(request)) {
            if (e instanceof HttpRequestMethodNotSupportedException m) {
                Set<HttpMethod> allowed = m.getSupportedHttpMethods();
                if (allowed != null) {
                    response.setHeader(HttpHeaders.ALLOW,
                            allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
                }
                return ErrorPages.page(HttpStatus.METHOD_NOT_ALLOWED, null, List.of());
            }
            return ErrorPages.page(HttpStatus.NOT_FOUND, null, List.of());
        }
        ResponseEntityExceptionHandler problems = problemDetails.getIfUnique();
        if (problems == null) {
            // Not ours to answer: the next resolver gives the answer this request got before.
            throw e;
        }
        return problems.handleException(e, new ServletWebRequest(request, response));
    }

    /** A browser asking for a page: it accepts HTML, and the address is not the API's or the engine's. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html") && NOT_PAGES.stream().noneMatch(path::startsWith);
    }
}
