/**
 * Measurements run by hand (README, "Measurements"), not by CI: they take minutes and are meant for MariaDB. Each
 * still asserts that the work it times was done right.
 */
package org.fingertip.web.measure;
