/** Demo data for the embedded default: a small Hubei, its users and an inventory of apps, made through the real use cases. */
package org.fingertip.web.demo;
