/** The server-rendered pages: home, login, the shared display helpers, and the error pages of every page controller. */
package org.fingertip.web.page;
