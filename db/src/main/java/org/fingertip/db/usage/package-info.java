/** The monthly usage facts of every app in the database, one row per app and month. */
package org.fingertip.db.usage;
