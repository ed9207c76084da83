/** The public lookup of filings: anyone may check a number or a name without logging in. */
package org.fingertip.web.publicfiling;
