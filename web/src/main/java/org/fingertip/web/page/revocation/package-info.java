/** The page of a supervisor's revocation of a filing (撤销备案): what it does, the reason, the confirmation. */
package org.fingertip.web.page.revocation;
