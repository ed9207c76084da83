/** Errors and small value types every feature of the domain shares. */
package org.fingertip.registry.shared;
