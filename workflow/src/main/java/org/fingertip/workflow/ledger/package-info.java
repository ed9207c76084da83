/** LedgerItemProcess: the deadline delegate, due dates and the service that opens, reports, verifies and decides items. */
package org.fingertip.workflow.ledger;
