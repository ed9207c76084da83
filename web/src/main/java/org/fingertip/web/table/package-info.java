/**
 * Uploaded tables, shared by the imports (usage facts, the inventory): CSV in UTF-8 or GBK and XLSX read as text
 * rows with their line numbers, the header's columns by name, and cell text undone from spreadsheet formatting.
 */
package org.fingertip.web.table;
