package org.fingertip.web.usage;

/** Thrown by a reader as soon as a table holds more rows than an import may: reading it further is pointless. */
final class TooManyRows extends RuntimeException {
    TooManyRows() {
        super(null, null, false, false);
    }
}
