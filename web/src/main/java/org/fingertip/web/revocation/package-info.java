/** REST: a supervisor's revocation of a filing (撤销备案). */
package org.fingertip.web.revocation;
