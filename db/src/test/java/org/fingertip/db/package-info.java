/** The test application, shared fixtures and schema checks of the database module. */
package org.fingertip.db;
