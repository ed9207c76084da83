/** The inventory over the API: the import of a CSV or XLSX file of apps already live, and the backlog. */
package org.fingertip.web.inventory;
