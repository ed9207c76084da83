/**
 * The inventory of apps already live when the 2026 rules came in (存量清查): imported rows become LIVE_UNFILED apps
 * with a filing deadline (or REGISTERED accounts, groups and systems), the backlog of live-but-unfiled apps, and the
 * sweep that puts an app past its deadline on the ledger and proposes its directed exit.
 */
package org.fingertip.registry.inventory;
