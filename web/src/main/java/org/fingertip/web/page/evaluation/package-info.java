/**
 * Pages of evaluation and feedback (评价反馈): the rating form of an app (1–5, burdens, comment, anonymity), and its
 * evaluations as its case page shows them.
 */
package org.fingertip.web.page.evaluation;
