/** Change filings on MyBatis: one row per change of a filed app, its steps and its reviews. */
package org.fingertip.db.change;
