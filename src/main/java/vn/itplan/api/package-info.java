/**
 * The JSON API under {@code /api/v1} (issue 15): units and periods, reports (read, and written through the report
 * pages' own services), the figures of a plan and of a period, and the QCVN 125:2021 data packages. Reached with a
 * personal token ({@code Authorization: Bearer}, see {@code user.ApiTokenService}) or the browser session; errors
 * are RFC 9457 problem details ({@link vn.itplan.api.ApiProblemAdvice}).
 */
package vn.itplan.api;
