/** The case diagram over HTTP: the SVG of an app's process and the list of its processes, for whoever sees the app. */
package org.fingertip.web.diagram;
