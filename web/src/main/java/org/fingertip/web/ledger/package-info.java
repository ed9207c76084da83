/** The ledger API: the list (台账), opening items, reporting fixes, verifying them and deciding overdue items. */
package org.fingertip.web.ledger;
