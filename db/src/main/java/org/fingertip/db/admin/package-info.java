/**
 * The administrator's tables on MyBatis: the record of changes, the durations set, the platform catalogue's entries,
 * and what moves when units merge or a user leaves.
 */
package org.fingertip.db.admin;
