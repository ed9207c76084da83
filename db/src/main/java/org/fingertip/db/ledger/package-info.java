/** The rectification ledger on MyBatis: items, their steps and the ledger list. */
package org.fingertip.db.ledger;
