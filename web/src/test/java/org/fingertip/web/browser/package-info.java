/** Tests in a real browser: Debian's Chromium, headless, through its chromedriver. */
package org.fingertip.web.browser;
