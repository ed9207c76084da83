/** The evaluation API: rating an app and reporting burdens, and reading its evaluations. */
package org.fingertip.web.evaluation;
