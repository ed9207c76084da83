/** Who may call what: logins, the role rule declared on every endpoint, the acting user, the engine's consoles. */
package org.fingertip.web.security;
