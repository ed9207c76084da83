/**
 * Revocation of a filing (撤销备案): one use case for a supervisor's decision and for a ledger item still open after
 * its final deadline; the app is REVOKED, its open change and ledger items end, and the owner unit is notified.
 */
package org.fingertip.registry.revocation;
