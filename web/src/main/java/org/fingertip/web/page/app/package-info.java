/** Pages of the filing flow: the list of apps, the filing form by section, and the case page with its decisions. */
package org.fingertip.web.page.app;
