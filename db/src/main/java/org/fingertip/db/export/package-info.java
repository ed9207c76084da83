/** The record of exports on MyBatis: one row per file handed out. */
package org.fingertip.db.export;
