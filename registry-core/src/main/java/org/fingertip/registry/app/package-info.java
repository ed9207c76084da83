/** The app aggregate: one registered app, its status on the lifecycle and every transition it made. */
package org.fingertip.registry.app;
