/** The eight-section filing form (after 附件2 of the filing guide), its shape rules and its completeness rules. */
package org.fingertip.registry.form;
