package org.fingertip.web.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.shared.TooLargeException;
import org.fingertip.registry.shared.UnsupportedContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Maps every error of the REST API to {@code application/problem+json}: 400 malformed input, 401, 403, 404, 409 with
 * the current state, 413 for an upload over the limit, 415 for a file of a kind not accepted, 422 with the fields and
 * findings, and a 500 that carries an incident id written to the log.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final DataSize maxUploadSize;

    public ApiProblems(@Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize maxUploadSize) {
        this.maxUploadSize = maxUploadSize;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", e.getMessage()), e.errors());
    }

    /** Input over a size limit of ours (an evidence file, a usage import): more precise than 400. */
    @ExceptionHandler(TooLargeException.class)
    ProblemDetail tooLargeInput(TooLargeException e) {
        return withErrors(problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", e.getMessage()), e.errors());
    }

    /** Content of a kind not accepted, told by the content itself. */
    @ExceptionHandler(UnsupportedContentException.class)
    ProblemDetail unsupportedContent(UnsupportedContentException e) {
        return withErrors(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的文件类型", e.getMessage()), e.errors());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail rule(RuleViolationException e) {
        ProblemDetail p = withErrors(problem(HttpStatus.UNPROCESSABLE_ENTITY, "不符合规则", e.getMessage()), e.errors());
        p.setProperty("findings", e.findings());
        return p;
    }

    @ExceptionHandler(StateConflictException.class)
    ProblemDetail conflict(StateConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "当前状态不允许此操作", e.getMessage());
        p.setProperty("currentState", e.currentState());
        return p;
    }

    @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class})
    ProblemDetail race(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "已被他人处理", "该事项刚刚已被他人处理或修改，请刷新后查看最新状态");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "无权操作", e.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "未登录", "请先登录");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", "请求中有未知字段"),
                    List.of(new FieldError(path(u), "未知字段“" + u.getPropertyName() + "”")));
        }
        if (cause instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining("、"));
            return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", "取值不在允许范围内"),
                    List.of(new FieldError(path(f), "“" + f.getValue() + "”不是允许的取值；可选：" + allowed)));
        }
        if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String type = m.getTargetType() == null ? "正确" : typeName(m.getTargetType());
            return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", "字段类型不正确"),
                    List.of(new FieldError(path(m), "应为" + type + "类型的值")));
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", "字段取值无法识别"),
                    List.of(new FieldError(path(m), "取值无法识别：" + m.getOriginalMessage())));
        }
        if (cause instanceof JsonProcessingException j) {
            String where = j.getLocation() == null ? "" : "（第 " + j.getLocation().getLineNr() + " 行第 "
                    + j.getLocation().getColumnNr() + " 列）";
            return withErrors(problem(HttpStatus.BAD_REQUEST, "JSON 格式错误", "请求体不是有效的 JSON" + where),
                    List.of(new FieldError("body", "不是有效的 JSON" + where)));
        }
        return withErrors(problem(HttpStatus.BAD_REQUEST, "请求体缺失或无法读取", "请以 JSON 格式提供请求体"),
                List.of(new FieldError("body", "请以 JSON 格式提供请求体")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "正确" : typeName(e.getRequiredType());
        return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", "参数“" + e.getName() + "”类型不正确"),
                List.of(new FieldError(e.getName(), "应为" + type + "类型的值，收到“" + e.getValue() + "”")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", "缺少参数“" + e.getParameterName() + "”"),
                List.of(new FieldError(e.getParameterName(), "必填")));
    }

    /** An upload over spring.servlet.multipart.max-file-size (or max-request-size). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return withErrors(problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大",
                "上传的文件超过了 " + maxUploadSize.toMegabytes() + " MB 的上限，请拆分后分别上传"),
                List.of(new FieldError("file", "文件不能超过 " + maxUploadSize.toMegabytes() + " MB")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", "缺少上传的文件“" + e.getRequestPartName() + "”"),
                List.of(new FieldError(e.getRequestPartName(), "请以 multipart/form-data 上传，文件字段名为 "
                        + e.getRequestPartName())));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "输入有误", "请求不是有效的文件上传（multipart/form-data）"),
                List.of(new FieldError("file", "请以 multipart/form-data 上传，文件字段名为 file")));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof ErrorResponse spring) {
            HttpStatusCode status = spring.getStatusCode();
            return problem(HttpStatus.valueOf(status.value()), spring.getBody().getTitle(), spring.getBody().getDetail());
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: unexpected error", incident, e);
        ProblemDetail p = problem(HttpStatus.INTERNAL_SERVER_ERROR, "系统内部错误",
                "处理请求时发生意外错误，请联系运维人员并提供事件编号 " + incident);
        p.setProperty("incidentId", incident);
        return p;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        return p;
    }

    private static ProblemDetail withErrors(ProblemDetail p, List<FieldError> errors) {
        List<Map<String, String>> list = new ArrayList<>();
        for (FieldError fe : errors) {
            list.add(Map.of("field", fe.field(), "message", fe.message()));
        }
        p.setProperty("errors", list);
        return p;
    }

    /** Dotted path of a JSON error: {@code handler.phone}, {@code functions[2].name}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "布尔（true/false）";
        }
        if (type == String.class) {
            return "文本";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "数组";
        }
        if (type.getName().startsWith("java.time")) {
            return "日期（yyyy-MM-dd）";
        }
        return "对象";
    }
}
