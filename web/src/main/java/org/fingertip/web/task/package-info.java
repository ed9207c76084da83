/** The task API: the caller's inbox, claiming and completing review tasks. */
package org.fingertip.web.task;
