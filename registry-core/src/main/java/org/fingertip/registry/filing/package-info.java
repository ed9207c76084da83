/** Application, review and filing (申请—审核—备案): the use cases, review decisions, deadlines and filing numbers. */
package org.fingertip.registry.filing;
