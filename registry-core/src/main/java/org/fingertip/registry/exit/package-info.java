/**
 * Clearance and exit (清理退出): an app leaves the active registry in order — the owner's exit plan, a reviewer's
 * approval, for an integration the users' migration onto the unified platform, the public notice (公告) at least 30
 * days before going offline, delisting and stopping the service, deregistration (注销) and a reviewer's verification.
 * The filing number is cancelled, never reused, and the record is kept with its whole history.
 */
package org.fingertip.registry.exit;
