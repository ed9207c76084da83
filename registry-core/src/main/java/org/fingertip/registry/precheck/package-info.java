/** The automatic pre-check run on every submission: completeness, the five bans, the level rule and duplicates. */
package org.fingertip.registry.precheck;
