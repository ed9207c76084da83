/** The public lookup page: every app ever given a filing number, by number or name, without login. */
package org.fingertip.web.page.publicfiling;
