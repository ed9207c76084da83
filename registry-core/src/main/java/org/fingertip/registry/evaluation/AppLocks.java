package org.fingertip.registry.evaluation;

/**
 * Port: a lock on one app's row for the rest of the caller's transaction, so that concurrent reports about the same
 * app are counted one after another and a threshold is crossed exactly once.
 */
public interface AppLocks {

    void lock(long appId);
}
