package org.fingertip.db.dashboard;

/** One group of a grouped count: up to four keys (by position, as each query names them) and the count. */
public class CountRow {
    public String k1;
    public String k2;
    public String k3;
    public String k4;
    public long n;
    /** Extra counts of a group, where a query counts several things at once. */
    public long n2;
    public long n3;
}
