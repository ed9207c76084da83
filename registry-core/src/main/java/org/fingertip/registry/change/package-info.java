/**
 * Change filing (变更备案): a filed app's owner files a change of its form ahead of the day it takes effect; the
 * reviewers review only the changed sections, as a diff; approval applies the new form and keeps the filing number.
 */
package org.fingertip.registry.change;
