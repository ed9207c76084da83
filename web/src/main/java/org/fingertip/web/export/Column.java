package org.fingertip.web.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported list: its Chinese header, its width and how a row gives its value. The type decides the
 * cell: text (an enum by its Chinese label, a boolean as 是/否), a number, a date ({@code yyyy-MM-dd}) or an instant as
 * a date and time in Asia/Shanghai ({@code yyyy-MM-dd HH:mm}); a null value leaves the cell empty.
 *
 * @param width in Excel's character units, a Chinese character taking about two; set, never measured, because a
 *              streamed sheet cannot size columns from content it no longer holds
 */
public record Column<R>(String header, int width, Type type, Function<? super R, ?> value) {
    /** The most Excel allows. */
    static final int MAX_WIDTH = 255;

    public enum Type { TEXT, NUMBER, DATE, DATE_TIME }

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width of " + header + ": " + width);
        }
    }

    public static <R> Column<R> text(String header, int width, Function<? super R, ?> value) {
        return new Column<>(header, width, Type.TEXT, value);
    }

    public static <R> Column<R> number(String header, int width, Function<? super R, ? extends Number> value) {
        return new Column<>(header, width, Type.NUMBER, value);
    }

    public static <R> Column<R> date(String header, Function<? super R, LocalDate> value) {
        return new Column<>(header, 12, Type.DATE, value);
    }

    public static <R> Column<R> dateTime(String header, Function<? super R, Instant> value) {
        return new Column<>(header, 17, Type.DATE_TIME, value);
    }
}
