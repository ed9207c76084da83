/** The rectification ledger (整改台账, 拉单挂账): every finding an item with an owner and a deadline, closed one by one. */
package org.fingertip.registry.ledger;
