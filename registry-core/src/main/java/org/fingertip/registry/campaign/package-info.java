/**
 * Re-checks started in bulk: campaigns (专项复核), in which a supervisor re-checks a reproducible sample of the filed
 * and registered apps of a scope within its jurisdiction, and the standing cycle (定期复核) that re-checks every filed
 * or registered app every six months on a date spread by its id. Both hand the starts to a background worker a batch
 * at a time, and neither starts a second re-check of an app that is already being re-checked.
 */
package org.fingertip.registry.campaign;
