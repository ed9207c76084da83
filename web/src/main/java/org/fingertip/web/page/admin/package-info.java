/** The administrator's pages ({@code /admin/...}), each through the same use cases as the API. */
package org.fingertip.web.page.admin;
