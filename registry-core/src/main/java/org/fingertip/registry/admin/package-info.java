/**
 * The administrator's area: the record of every administrative change, the rules of units (create, rename, merge),
 * of accounts and passwords, and the durations table an administrator may change.
 */
package org.fingertip.registry.admin;
