/** User accounts and their roles in the database, for the web module's login and for seeding. */
package org.fingertip.db.user;
