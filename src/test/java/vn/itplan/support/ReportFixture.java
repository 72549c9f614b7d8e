package vn.itplan.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.web.SearchText;

/**
 * Writes units, periods and status reports straight into the test database, for roll-up and dashboard tests
 * that need exact, hand-computed data. Every code it creates is unique, so tests never collide.
 */
public final class ReportFixture {

    private final JdbcTemplate jdbc;
    private final String prefix =
            "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final List<Long> periods = new ArrayList<>();
    private int sequence;

    public ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes what this fixture wrote: its units, its periods and every report of either. A test that makes hundreds
     * of units calls it when done (in a {@code finally} or {@code @AfterEach}): left behind, they would make every
     * later test in the JVM that lists units or computes figures slower.
     */
    public void deleteCreated() {
        deleteCreated(jdbc, prefix + "-", periods);
    }

    /**
     * Deletes the units whose code starts with {@code unitCodePrefix}, the given periods, and the reports, deadline
     * extensions and extension requests of either. A period a plan or an import job still refers to stays.
     */
    public static void deleteCreated(JdbcTemplate jdbc, String unitCodePrefix, Collection<Long> periodIds) {
        if (!unitCodePrefix.matches("[A-Z0-9]+-")) {
            throw new IllegalArgumentException("not a fixture's unit code prefix: " + unitCodePrefix);
        }
        String units = "(select id from unit where code like '" + unitCodePrefix + "%')";
        String periods = periodIds.isEmpty()
                ? "(null)"
                : periodIds.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        String ofEither = " where unit_id in " + units + " or period_id in " + periods;
        jdbc.update("delete from report_snapshot where report_id in (select id from status_report" + ofEither + ")");
        jdbc.update("delete from status_report" + ofEither);
        jdbc.update("delete from deadline_extension" + ofEither);
        jdbc.update("delete from extension_request" + ofEither);
        jdbc.update("delete from unit where id in " + units);
        jdbc.update("delete from reporting_period p where id in " + periods
                + " and not exists (select 1 from plan where baseline_period_id = p.id)"
                + " and not exists (select 1 from report_import_job where period_id = p.id)");
    }

    /** A unit under {@code parentId} (null: under the province root KONTUM). Returns its id. */
    public long unit(String label, String kind, Long parentId, boolean reporting) {
        String code = prefix + "-" + label + "-" + (++sequence);
        Long parent = parentId != null
                ? parentId
                : jdbc.queryForObject("select id from unit where code = 'KONTUM'", Long.class);
        // valid from 2016 on: the demo periods (2014, 2015) never expect these units, so figures on the demo stay exact
        jdbc.update(
                "insert into unit (code, name, short_name, kind, parent_id, active, reporting, sort_order, valid_from,"
                        + " search_text) values (?, ?, ?, ?, ?, true, ?, ?, date '2016-01-01', ?)",
                code,
                "Đơn vị " + code,
                code,
                kind,
                parent,
                reporting,
                900 + sequence,
                SearchText.fold(code + " Đơn vị " + code + " " + code));
        long id = jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
        jdbc.update(
                "update unit set path = (select p.path from unit p where p.id = ?) || ? || '/',"
                        + " level = (select p.level + 1 from unit p where p.id = ?) where id = ?",
                parent,
                String.valueOf(id),
                parent,
                id);
        return id;
    }

    /** A reporting period created for a test: its id and year. */
    public record Period(long id, int year) {}

    /**
     * An annual period of a year nobody else uses ({@link TestYears#periodYear()}), so tests that share the database
     * never meet each other's periods.
     */
    public Period annualPeriod() {
        int year = TestYears.periodYear();
        return new Period(annualPeriod(year), year);
    }

    /**
     * An annual period of a given year, for data a plan must match: take the year from {@link TestYears#planYear()}
     * (plans are limited to 2000–2100).
     */
    public long annualPeriod(int year) {
        jdbc.update(
                "insert into reporting_period (period_year, kind, seq, start_date, end_date, due_date, open)"
                        + " values (?, 'ANNUAL', 1, ?, ?, ?, true)",
                year,
                java.sql.Date.valueOf(year + "-01-01"),
                java.sql.Date.valueOf(year + "-12-31"),
                java.sql.Date.valueOf((year + 1) + "-01-15"));
        long id = jdbc.queryForObject(
                "select id from reporting_period where period_year = ? and kind = 'ANNUAL'", Long.class, year);
        periods.add(id);
        return id;
    }

    /** A quarterly period ({@code seq} 1–4) of a given year, due on the 15th of the month after it ends. */
    public long quarterlyPeriod(int year, int seq, boolean open) {
        LocalDate start = LocalDate.of(year, 3 * seq - 2, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        jdbc.update(
                "insert into reporting_period (period_year, kind, seq, start_date, end_date, due_date, open)"
                        + " values (?, 'QUARTERLY', ?, ?, ?, ?, ?)",
                year,
                seq,
                java.sql.Date.valueOf(start),
                java.sql.Date.valueOf(end),
                java.sql.Date.valueOf(end.plusDays(15)),
                open);
        long id = jdbc.queryForObject(
                "select id from reporting_period where period_year = ? and kind = 'QUARTERLY' and seq = ?",
                Long.class,
                year,
                seq);
        periods.add(id);
        return id;
    }

    public ReportBuilder report(long unitId, long periodId, String state) {
        return new ReportBuilder(unitId, periodId, state);
    }

    public final class ReportBuilder {
        private final long unitId;
        private final long periodId;
        private final String state;
        private Object[] infrastructure;
        private Object[] email;
        private Object[] eoffice;
        private Object[] services;

        ReportBuilder(long unitId, long periodId, String state) {
            this.unitId = unitId;
            this.periodId = periodId;
            this.state = state;
        }

        /** staff, pcs, with Internet, with antivirus, servers, LAN, gov network, firewall, IDS, backup, Mbps, IT staff. */
        public ReportBuilder infrastructure(
                int staff,
                int pcs,
                int internet,
                int antivirus,
                int servers,
                boolean lan,
                boolean govNetwork,
                boolean firewall,
                boolean ids,
                boolean backup,
                double mbps,
                int itStaff) {
            infrastructure = new Object[] {
                staff, pcs, internet, antivirus, servers, lan, govNetwork, firewall, ids, backup, mbps, itStaff
            };
            return this;
        }

        public ReportBuilder email(int mailboxes, int staffUsing, boolean regularly) {
            email = new Object[] {mailboxes, staffUsing, regularly};
            return this;
        }

        public ReportBuilder eoffice(
                boolean deployed,
                boolean interconnected,
                int incoming,
                int outgoing,
                int incomingElectronic,
                int outgoingElectronic) {
            eoffice =
                    new Object[] {deployed, interconnected, incoming, outgoing, incomingElectronic, outgoingElectronic};
            return this;
        }

        public ReportBuilder services(int level1, int level2, int level3, int level4) {
            services = new Object[] {level1, level2, level3, level4};
            return this;
        }

        public long save() {
            OffsetDateTime now = OffsetDateTime.now();
            jdbc.update(
                    "insert into status_report (unit_id, period_id, state, created_at, created_by, updated_at,"
                            + " updated_by) values (?, ?, ?, ?, 'fixture', ?, 'fixture')",
                    unitId,
                    periodId,
                    state,
                    now,
                    now);
            long id = jdbc.queryForObject(
                    "select id from status_report where unit_id = ? and period_id = ?", Long.class, unitId, periodId);
            if (infrastructure != null) {
                jdbc.update(
                        "insert into infrastructure_inventory (report_id, staff_count, pcs, pcs_internet,"
                                + " pcs_antivirus, servers, has_lan, on_gov_network, has_firewall, has_ids, has_backup,"
                                + " bandwidth_mbps, it_staff) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        prepend(id, infrastructure));
            }
            if (email != null) {
                jdbc.update(
                        "insert into email_adoption (report_id, mailboxes, staff_using_email, uses_email_regularly)"
                                + " values (?, ?, ?, ?)",
                        prepend(id, email));
            }
            if (eoffice != null) {
                jdbc.update(
                        "insert into eoffice_adoption (report_id, deployed, interconnected, incoming_docs,"
                                + " outgoing_docs, incoming_docs_electronic, outgoing_docs_electronic)"
                                + " values (?, ?, ?, ?, ?, ?, ?)",
                        prepend(id, eoffice));
            }
            if (services != null) {
                jdbc.update(
                        "insert into public_services (report_id, level1, level2, level3, level4)"
                                + " values (?, ?, ?, ?, ?)",
                        prepend(id, services));
            }
            return id;
        }

        private Object[] prepend(long id, Object[] values) {
            Object[] all = new Object[values.length + 1];
            all[0] = id;
            System.arraycopy(values, 0, all, 1, values.length);
            return all;
        }
    }
}
