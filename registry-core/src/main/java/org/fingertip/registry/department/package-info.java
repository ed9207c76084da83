/** The department tree: administrative divisions keyed by division code, and the units inside them. */
package org.fingertip.registry.department;
