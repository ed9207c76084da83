package org.fingertip.web.app;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;

/** Checks paging parameters: page from 0, size from 1 to 200. */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 200;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new FieldError("page", "页码从 0 开始，不能为负数"));
        }
        if (p > 1_000_000) {
            errors.add(new FieldError("page", "页码过大"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "每页条数应在 1 到 " + MAX_SIZE + " 之间"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("分页参数有误", errors);
        }
        return new Paging(p, s);
    }
}
