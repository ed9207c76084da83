package org.fingertip.registry.filing;

/** Port: per province and year, the next sequence number; never the same twice, safe under concurrent approvals. */
public interface FilingNumbers {

    /** Takes the next number in the caller's transaction: rolled back with it, so committed numbers stay consecutive. */
    long next(String provinceCode, int year);
}
