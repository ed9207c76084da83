/** The pages of re-check campaigns (专项复核): the list with the launch form, and a campaign's progress. */
package org.fingertip.web.page.campaign;
