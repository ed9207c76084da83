/**
 * Pages of the rectification ledger (整改台账): the list within one's unit or jurisdiction, opening an item (挂账), and
 * the item with its history and the step the viewer may take — report the fix, verify it, extend or revoke.
 */
package org.fingertip.web.page.ledger;
