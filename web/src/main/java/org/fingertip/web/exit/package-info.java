/** Clearance and exit over REST: one app's exit under /api/apps/{id}/exit, the list and figures, the public notices. */
package org.fingertip.web.exit;
