package vn.itplan.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.TestYears;
import vn.itplan.web.SearchText;

/**
 * Periods and units of the report tests' own, so that tests never depend on each other or on a clean database:
 * every period uses a year no demo data and no other test uses, handed out by {@link TestYears}.
 */
final class ReportTestData {

    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final String prefix =
            "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final List<Long> periods = new ArrayList<>();
    private int sequence;

    ReportTestData(JdbcTemplate jdbc, UserDetailsService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /**
     * Deletes the units and periods this wrote and their reports ({@link ReportFixture#deleteCreated()}), for a test
     * that makes hundreds of units.
     */
    void deleteCreated() {
        ReportFixture.deleteCreated(jdbc, prefix + "-", periods);
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /** An annual period of {@code year} with the given dates, open or closed; returns its id. */
    long period(int year, LocalDate start, LocalDate end, LocalDate due, boolean open) {
        jdbc.update(
                "insert into reporting_period (period_year, kind, seq, start_date, end_date, due_date, open)"
                        + " values (?, 'ANNUAL', 1, ?, ?, ?, ?)",
                year,
                Date.valueOf(start),
                Date.valueOf(end),
                Date.valueOf(due),
                open);
        long id = jdbc.queryForObject(
                "select id from reporting_period where period_year = ? and kind = 'ANNUAL'", Long.class, year);
        periods.add(id);
        return id;
    }

    /** An open annual period of a year no other test uses ({@link TestYears#periodYear()}); returns its id. */
    long openPeriod() {
        return openPeriod(TestYears.periodYear());
    }

    /** An open annual period whose dates are those of {@code year} (due on 15 January after it). */
    long openPeriod(int year) {
        return period(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 1, 15), true);
    }

    /** The start of the codes of this instance's units ("R1A2B3C", each unit's code is it, a dash and a number). */
    String unitCodePrefix() {
        return prefix;
    }

    long unitId(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    /**
     * A unit of this test under {@code parentId} (null: the province); returns its id. It exists from 2016 on, so
     * the demo periods (2014, 2015) never expect it and other tests' figures on the demo data stay exact.
     */
    long unit(Long parentId, boolean active, boolean reporting, LocalDate validTo) {
        return unit(parentId, active, reporting, validTo, "Đơn vị thử");
    }

    /** A unit as {@link #unit(Long, boolean, boolean, LocalDate)}, active and reporting, named {@code name} + its code. */
    long unitNamed(Long parentId, String name) {
        return unit(parentId, true, true, null, name);
    }

    private long unit(Long parentId, boolean active, boolean reporting, LocalDate validTo, String name) {
        String code = prefix + "-" + (++sequence);
        String fullName = name + " " + code;
        Long parent = parentId != null ? parentId : unitId("KONTUM");
        jdbc.update(
                "insert into unit (code, name, short_name, kind, parent_id, active, reporting, sort_order, valid_from,"
                        + " valid_to, search_text) values (?, ?, ?, 'SO', ?, ?, ?, ?, date '2016-01-01', ?, ?)",
                code,
                fullName,
                code,
                parent,
                active,
                reporting,
                1000 + sequence,
                validTo == null ? null : Date.valueOf(validTo),
                // as the Unit entity folds it
                SearchText.fold(code + " " + fullName + " " + code));
        long id = unitId(code);
        jdbc.update(
                "update unit set path = (select p.path from unit p where p.id = ?) || ? || '/', level = 2 where id = ?",
                parent,
                String.valueOf(id),
                id);
        return id;
    }

    /** A report written straight into the database (for the board's SQL); returns its id. */
    long report(long unitId, long periodId, String state, LocalDate firstSubmittedOn) {
        jdbc.update(
                "insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at, updated_by,"
                        + " first_submitted_on) values (?, ?, ?, current_timestamp, 'test', current_timestamp, 'test', ?)",
                unitId,
                periodId,
                state,
                firstSubmittedOn == null ? null : Date.valueOf(firstSubmittedOn));
        return jdbc.queryForObject(
                "select id from status_report where unit_id = ? and period_id = ?", Long.class, unitId, periodId);
    }

    void extension(long unitId, long periodId, LocalDate to) {
        jdbc.update(
                "insert into deadline_extension (unit_id, period_id, extended_to, reason, granted_by, granted_at)"
                        + " values (?, ?, ?, 'test', 'test', current_timestamp)",
                unitId,
                periodId,
                Date.valueOf(to));
    }

    /** Every figure of a complete, plausible report, as a user would type them. */
    static Map<String, String> validParams() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("staffCount", "100");
        p.put("pcs", "80");
        p.put("pcsInternet", "75");
        p.put("pcsAntivirus", "60");
        p.put("servers", "2");
        p.put("printers", "10");
        p.put("scanners", "2");
        p.put("itStaff", "1");
        p.put("hasLan", "true");
        p.put("lanUpgradedYear", "2014");
        p.put("bandwidthMbps", "10,5");
        p.put("onGovNetwork", "true");
        p.put("_hasFirewall", "on");
        p.put("_hasIds", "on");
        p.put("hasBackup", "true");
        p.put("_hasBackup", "on");
        p.put("mailboxes", "60");
        p.put("staffUsingEmail", "50");
        p.put("usesEmailRegularly", "true");
        p.put("outgoingEmailPercent", "40");
        p.put("staffUsingFreeMail", "20");
        p.put("deployed", "true");
        p.put("deployedSince", "01/05/2013");
        p.put("activeUsers", "70");
        p.put("incomingDocs", "1000");
        p.put("incomingDocsElectronic", "600");
        p.put("outgoingDocs", "400");
        p.put("outgoingDocsElectronic", "200");
        p.put("interconnected", "false");
        p.put("digitalSignatures", "false");
        return p;
    }

    /** The same figures as a form. */
    static ReportForm validForm(long version) {
        ReportForm form = new ReportForm();
        form.setStaffCount(100);
        form.setPcs(80);
        form.setPcsInternet(75);
        form.setPcsAntivirus(60);
        form.setServers(2);
        form.setPrinters(10);
        form.setScanners(2);
        form.setItStaff(1);
        form.setHasLan(true);
        form.setLanUpgradedYear(2014);
        form.setBandwidthMbps(new java.math.BigDecimal("10.5"));
        form.setOnGovNetwork(true);
        form.setHasBackup(true);
        form.setMailboxes(60);
        form.setStaffUsingEmail(50);
        form.setUsesEmailRegularly(true);
        form.setOutgoingEmailPercent(new java.math.BigDecimal("40"));
        form.setStaffUsingFreeMail(20);
        form.setDeployed(true);
        form.setDeployedSince(LocalDate.of(2013, 5, 1));
        form.setActiveUsers(70);
        form.setIncomingDocs(1000);
        form.setIncomingDocsElectronic(600);
        form.setOutgoingDocs(400);
        form.setOutgoingDocsElectronic(200);
        form.setInterconnected(false);
        form.setDigitalSignatures(false);
        form.setVersion(version);
        return form;
    }

    /** Starts, fills in and submits a unit's report through the service, acknowledging any warning. */
    static long submitted(ReportSubmissions reports, CurrentUser unit, long periodId) {
        long id = reports.start(periodId, false, unit);
        ReportForm form = validForm(reports.version(id, unit));
        ReportSubmissions.SubmitOutcome outcome = reports.submit(id, form, unit);
        if (outcome.status() == ReportSubmissions.SubmitOutcome.Status.NEEDS_ACKNOWLEDGEMENT) {
            form.setVersion(outcome.version());
            form.setAcknowledged(outcome.warnings().stream().map(Warning::code).toList());
            outcome = reports.submit(id, form, unit);
        }
        if (outcome.status() != ReportSubmissions.SubmitOutcome.Status.SUBMITTED) {
            throw new IllegalStateException("not submitted: " + outcome);
        }
        return id;
    }

    /** The flash message carried to the next page: a success with this key. */
    static org.hamcrest.Matcher<Object> success(String key) {
        return flash(vn.itplan.web.Flash.Kind.SUCCESS, key);
    }

    /** The flash message carried to the next page: an error with this key. */
    static org.hamcrest.Matcher<Object> error(String key) {
        return flash(vn.itplan.web.Flash.Kind.ERROR, key);
    }

    private static org.hamcrest.Matcher<Object> flash(vn.itplan.web.Flash.Kind kind, String key) {
        return new org.hamcrest.TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item, org.hamcrest.Description mismatch) {
                mismatch.appendValue(item);
                return item instanceof vn.itplan.web.Flash f
                        && f.kind() == kind
                        && f.messageKey().equals(key);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText(kind + " " + key);
            }
        };
    }

    static void review(ReportSubmissions reports, long id, ReportAction action, String comment, CurrentUser staff) {
        ReviewForm form = new ReviewForm();
        form.setComment(comment);
        form.setVersion(reports.version(id, staff));
        reports.review(id, action, form, staff);
    }
}
