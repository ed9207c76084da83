/** The inventory on MyBatis: entries under their unique key, the record of imports, the backlog and the sweep's records. */
package org.fingertip.db.inventory;
