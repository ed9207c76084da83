/**
 * The administrator's API ({@code /api/admin/...}): the record of changes, units and divisions, users, the platform
 * catalogue and the durations table; and the administration use cases the pages share with it.
 */
package org.fingertip.web.admin;
