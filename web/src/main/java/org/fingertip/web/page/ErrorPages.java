package org.fingertip.web.page;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for the page controllers only (this package and below; the REST API has its own problem+json
 * mapping): 400, 403, 404, 409 with the core's message, and 500 with an incident id that is also logged. The
 * same templates serve the container's error dispatch ({@code error/4xx}, {@code error/5xx}), so there is never a
 * Whitelabel page. First in order, so that Spring's own exceptions on a page (a parameter of the wrong type) get a
 * page too, not the problem+json that {@code spring.mvc.problemdetails} gives everyone else.
 */
@ControllerAdvice(basePackages = "org.fingertip.web.page")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        return page(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(StateConflictException.class)
    ModelAndView conflict(StateConflictException e) {
        return page(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    /** Two people acted on the same case at once; the later one is told to look again. */
    @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class})
    ModelAndView race(RuntimeException e) {
        return page(HttpStatus.CONFLICT, text("error.race"), List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView rule(RuleViolationException e) {
        return page(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), e.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, text("error.badParameter", e.getName(), e.getValue()), List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return page(HttpStatus.BAD_REQUEST, text("error.missingParameter", e.getParameterName()), List.of());
    }

    /** A form posted with a list index past the limit of its rows. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView badProperty(InvalidPropertyException e) {
        return page(HttpStatus.BAD_REQUEST, text("error.badForm"), List.of());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse spring) {
            HttpStatusCode status = spring.getStatusCode();
            if (status.is4xxClientError()) {
                return page(HttpStatus.valueOf(status.value()), null, List.of());
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: unexpected error on a page", incident, e);
        ModelAndView mav = page(HttpStatus.INTERNAL_SERVER_ERROR, null, List.of());
        mav.setViewName("error/5xx");
        mav.addObject("incident", incident);
        return mav;
    }

    static ModelAndView page(HttpStatus status, String message, List<FieldError> errors) {
        ModelAndView mav = new ModelAndView("error/4xx");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        mav.addObject("fieldErrors", errors);
        return mav;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
