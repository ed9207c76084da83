/** The registry of apps in the database: the app row with its form as JSON, its functions and its transitions. */
package org.fingertip.db.app;
