package org.fingertip.registry.usage;

/**
 * The facts of one month as they were entered, before any check: text from a JSON body or a spreadsheet cell, null
 * when absent. {@link UsageRules#check} turns it into {@link UsageFigures} or names every field that is wrong.
 *
 * @param month              {@code yyyy-MM}
 * @param monthlyActiveUsers a non-negative integer
 * @param audienceSize       the intended audience, a non-negative integer
 * @param lastUpdate         {@code yyyy-MM-dd}, the last release of the app as of that month
 * @param lastPost           {@code yyyy-MM-dd}, the last content post as of that month
 * @param servicesAnswer     是/否, true/false or 1/0
 */
public record UsageEntry(String month, String monthlyActiveUsers, String audienceSize, String lastUpdate,
                         String lastPost, String servicesAnswer) {
}
