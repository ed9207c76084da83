/** Notices (通知): durable messages to a group or a user, such as escalations to the supervisors of a jurisdiction. */
package org.fingertip.registry.notice;
