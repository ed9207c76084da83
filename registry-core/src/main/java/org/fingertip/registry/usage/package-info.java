/** Usage facts (使用情况), kept as monthly history per app: entered one month at a time or imported in bulk. */
package org.fingertip.registry.usage;
