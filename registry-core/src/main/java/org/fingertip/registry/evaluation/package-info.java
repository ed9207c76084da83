/** Evaluation feedback (评价反馈): the people who must use an app rate it and report the burdens it puts on them. */
package org.fingertip.registry.evaluation;
