/** The signed-in user's own account pages: changing one's password (forced after an administrator's reset). */
package org.fingertip.web.page.account;
