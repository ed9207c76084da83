/** The periodic re-check (回头看): the facts an app is judged on, the settings of the judgement and its verdict. */
package org.fingertip.registry.recheck;
