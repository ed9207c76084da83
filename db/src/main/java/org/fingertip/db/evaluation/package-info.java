/** Evaluations and burden reports on MyBatis, and the row lock that serialises reports about one app. */
package org.fingertip.db.evaluation;
