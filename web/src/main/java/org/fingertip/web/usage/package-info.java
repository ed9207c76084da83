/** Usage facts over the API: one month of an app, its history, and the bulk import of CSV and XLSX files. */
package org.fingertip.web.usage;
