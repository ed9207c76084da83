/** Exports (导出): the record of who took which list out of the system, with which filters, how many rows, when. */
package org.fingertip.registry.export;
