package org.fingertip.db.campaign;

/** The counts of one campaign's members and their re-checks, by member state and confirmed verdict. */
public class ProgressRow {
    public String memberState;
    public String verdict;
    public int members;
    public int answered;
    public int concluded;
}
