/** The inbox page: the user's open tasks, due first, and claiming them. */
package org.fingertip.web.page.inbox;
