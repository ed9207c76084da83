/** Review decisions and the per-province, per-year filing number sequence in the database. */
package org.fingertip.db.filing;
