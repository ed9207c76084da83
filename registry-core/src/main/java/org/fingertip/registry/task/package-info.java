/**
 * Human work on cases, whichever process asks for it: due dates on the working-day calendar and their reminders
 * (催办), escalation of overdue work to the supervisors, copies for information (抄送), the record of what was done to
 * a task (claimed, transferred, delegated, resolved, completed), and the comment thread of a case. The process
 * engine decides which tasks exist; this package keeps their record and the rules of working them.
 */
package org.fingertip.registry.task;
