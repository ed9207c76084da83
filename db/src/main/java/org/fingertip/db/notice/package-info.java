/** Notices on MyBatis: one row per notice, unique per event and recipient. */
package org.fingertip.db.notice;
