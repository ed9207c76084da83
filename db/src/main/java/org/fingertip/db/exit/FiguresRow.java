package org.fingertip.db.exit;

/** The clearance figures of a scope as one row. */
public class FiguresRow {
    public long examined;
    public long integrated;
    public long closed;
    public long exiting;
}
