package org.fingertip.web.table;

/** Thrown by a reader as soon as a table holds more rows than an import may: reading it further is pointless. */
public final class TooManyRows extends RuntimeException {
    public TooManyRows() {
        super(null, null, false, false);
    }
}
