/**
 * Pages of change filing (变更备案): the owner's change form (the current form pre-filled, with the day it takes
 * effect), the change with the diff of its changed sections, the reviewer's decision on it, revision and withdrawal.
 */
package org.fingertip.web.page.change;
