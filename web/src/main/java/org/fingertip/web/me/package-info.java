/** Who the caller is: roles, unit and jurisdiction. */
package org.fingertip.web.me;
