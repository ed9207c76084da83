/** The domain of Fingertip: plain Java, no framework; ports are interfaces the outer modules implement. */
package org.fingertip.registry;
