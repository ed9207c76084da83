/** The department tree in the database: divisions with their indexed paths, and the units inside them. */
package org.fingertip.db.department;
