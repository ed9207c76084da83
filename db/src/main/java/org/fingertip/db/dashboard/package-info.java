/** The dashboard's figures on MyBatis: each count is made by its list's own mapper, on its list's own WHERE. */
package org.fingertip.db.dashboard;
