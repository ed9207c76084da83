/** Pages of the inventory (存量): the import of a file for supervisors and operators, and the backlog list. */
package org.fingertip.web.page.inventory;
