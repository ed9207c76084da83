/**
 * Lists exported as Excel files (.xlsx) with the list's own filters and access rule, streamed so that a long list
 * needs little memory, and each export recorded (who, which list, the filters, the rows, when).
 *
 * <p>To export a list, write one small class beside its API controller (see {@code org.fingertip.web.app.AppExport}):
 * <ol>
 *   <li>its columns: {@link org.fingertip.web.export.Column#text}, {@code number}, {@code date} or {@code dateTime},
 *       each with its Chinese header, its width and a getter on the list's row;</li>
 *   <li>a public {@code sheet(actor, filters…)} that returns an {@link org.fingertip.web.export.ExportSheet}: the
 *       list's key ({@code overdue-tasks}), its Chinese title, the filters by their Chinese names
 *       ({@code Filters.of().and("状态", state)…}), the columns, and {@code (page, size) -> …} calling the same core
 *       query as the list endpoint (with its checks) and returning the page's rows with the list's {@code total};</li>
 *   <li>the endpoint {@code GET /api/<list>/export.xlsx} with the list's filter parameters (no page or size), the same
 *       {@code @Allowed} roles as the list, {@link org.fingertip.web.export.XlsxResponse} and an {@code @Operation}
 *       summary, calling {@link org.fingertip.web.export.XlsxExports#write}; add it to AuthorizationMatrixIT's
 *       contract list;</li>
 *   <li>if the list has a page, a route {@code /<page>/export.xlsx} in its page controller, the page's roles, calling
 *       the same {@code sheet(…)} and {@code write}, and an 导出 Excel link ({@code export.link}) carrying the page's
 *       current filters.</li>
 * </ol>
 * The list's query must order its rows completely (ties broken by id), take any page size (the writer asks for
 * {@value org.fingertip.web.export.XlsxExports#PAGE_SIZE} rows at a time) and run its checks on every call: page 0 is
 * read before anything is written, so a bad filter is the list's own 4xx. Adding an export needs nothing here; the
 * writer, the record of exports and the OpenAPI description are shared.
 */
package org.fingertip.web.export;
