/** The home page of the applicant and the observer: their daily work on one screen. */
package org.fingertip.web.page.home;
