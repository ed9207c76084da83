package org.fingertip.registry.task;

import java.util.List;

/** The comment threads of cases (a port). */
public interface CaseComments {

    CaseComment add(CaseComment comment);

    /** The app's comments, oldest first. */
    List<CaseComment> commentsOf(long appId);
}
