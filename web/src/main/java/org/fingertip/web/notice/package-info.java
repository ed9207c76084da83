/** The REST API of notices: the caller's own and its groups', and marking one read. */
package org.fingertip.web.notice;
