/** The registry and filing API: applications, their forms, submission, withdrawal, history and search. */
package org.fingertip.web.app;
