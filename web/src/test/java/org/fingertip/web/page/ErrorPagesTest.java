package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.StateConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.ModelAndView;

class ErrorPagesTest {
    private final StaticMessageSource messages = new StaticMessageSource();
    private final ErrorPages pages = new ErrorPages(messages);

    @Test
    void unexpectedErrorGetsTheServerErrorPageWithAnIncidentIdAndNoDetail() {
        ModelAndView mav = pages.unexpected(new IllegalStateException("secret internals"));
        assertThat(mav.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(mav.getViewName()).isEqualTo("error/5xx");
        assertThat((String) mav.getModel().get("incident")).matches("[0-9a-f-]{36}");
        assertThat(mav.getModel().get("message")).isNull();
    }

    @Test
    void springsOwnClientErrorsKeepTheirStatus() {
        ModelAndView mav = pages.unexpected(new HttpRequestMethodNotSupportedException("DELETE"));
        assertThat(mav.getStatus()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(mav.getViewName()).isEqualTo("error/4xx");
        assertThat(mav.getModel()).doesNotContainKey("incident");
    }

    @Test
    void conflictsAndBadInputShowTheCoreMessage() {
        ModelAndView conflict = pages.conflict(new StateConflictException("应用当前状态为“已撤回”，不能提交", "WITHDRAWN"));
        assertThat(conflict.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getModel()).containsEntry("status", 409).containsEntry("message", "应用当前状态为“已撤回”，不能提交");

        List<FieldError> errors = List.of(new FieldError("page", "页码从 0 开始，不能为负数"));
        ModelAndView invalid = pages.invalid(new InvalidInputException("分页参数有误", errors));
        assertThat(invalid.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getModel()).containsEntry("fieldErrors", errors);
    }
}
