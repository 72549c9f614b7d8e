package vn.itplan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import vn.itplan.web.SearchText;

/**
 * Fills a PostgreSQL database with a generated province or country, for benchmarks: the schema from the portal's own
 * Flyway migrations (production locations, no demo data), the indicator catalogue and its formulas as the demo has
 * them, a unit tree, ten years of annual and quarterly periods, one report per reporting unit and period with every
 * section filled in, a realistic mix of states, a plan per year with targets, sections and tasks, and one account per
 * role (password {@value #PASSWORD}). Rows go in through COPY.
 *
 * <p>It drops and recreates the schema {@code public} of the database it is given, so it refuses a database whose name
 * does not contain {@code bench} or {@code test}. Run it with {@code src/test/scripts/bench-data.sh} (README,
 * "Performance"), or call {@link #generate} from a test.
 */
public final class NationalDataGenerator {

    public static final String PASSWORD = "KonTum@2015";
    /** BCrypt (strength 10) of {@link #PASSWORD}, as in the demo accounts. */
    private static final String PASSWORD_HASH = "{bcrypt}$2a$10$rPrYJBBb5Vvo8rILbuZWd.HiOzjcm/eqVLRxAWebZPmfhJqVKwVae";

    /** The staff accounts; unit administrators are {@code unit-<unit code in lower case>}. */
    public static final String ADMIN = "admin";

    public static final String IT_STAFF = "itstaff";
    public static final String LEADER = "leader";

    private static final String[] PROVINCES = {
        "Hà Nội",
        "Huế",
        "Lai Châu",
        "Điện Biên",
        "Sơn La",
        "Lạng Sơn",
        "Quảng Ninh",
        "Thanh Hóa",
        "Nghệ An",
        "Hà Tĩnh",
        "Cao Bằng",
        "Tuyên Quang",
        "Lào Cai",
        "Thái Nguyên",
        "Phú Thọ",
        "Bắc Ninh",
        "Hưng Yên",
        "Hải Phòng",
        "Ninh Bình",
        "Quảng Trị",
        "Đà Nẵng",
        "Quảng Ngãi",
        "Gia Lai",
        "Khánh Hòa",
        "Lâm Đồng",
        "Đắk Lắk",
        "Hồ Chí Minh",
        "Đồng Nai",
        "Tây Ninh",
        "Cần Thơ",
        "Vĩnh Long",
        "Đồng Tháp",
        "Cà Mau",
        "An Giang"
    };
    private static final String[][] BODIES = {
        {"VAN_PHONG", "Văn phòng Ủy ban nhân dân"},
        {"SO", "Sở Nội vụ"},
        {"SO", "Sở Tư pháp"},
        {"SO", "Sở Tài chính"},
        {"SO", "Sở Công Thương"},
        {"SO", "Sở Nông nghiệp và Môi trường"},
        {"SO", "Sở Xây dựng"},
        {"SO", "Sở Khoa học và Công nghệ"},
        {"SO", "Sở Giáo dục và Đào tạo"},
        {"SO", "Sở Y tế"},
        {"SO", "Sở Văn hóa, Thể thao và Du lịch"},
        {"THANH_TRA", "Thanh tra tỉnh"},
        {"SO", "Sở Dân tộc và Tôn giáo"},
        {"SO", "Sở Ngoại vụ"},
        {"BAN", "Ban Quản lý các khu công nghiệp"},
        {"BAN", "Ban Quản lý dự án đầu tư xây dựng"},
        {"VAN_PHONG", "Văn phòng Đoàn ĐBQH và HĐND"},
        {"BAN", "Ban Quản lý khu kinh tế"},
        {"SO", "Sở Lao động"},
        {"SO", "Sở Giao thông"}
    };
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    /** Indicators given a target in every plan: code, baseline share (of units for counts), target share. */
    private static final Object[][] TARGETS = {
        {"HT02", 85, 95}, {"HT03", 90, 98}, {"HT08", 70, 90}, {"UD01", 80, 95}, {"UD03", 60, 80},
        {"UD02", 0.6, 0.85}, {"UD04", 0.8, 0.95}, {"UD05", 0.4, 0.7}, {"HT07", 0.5, 0.8}, {"HT09", 0.3, 0.6},
        {"DV05", 50, 200}
    };

    private NationalDataGenerator() {}

    /** What was generated, and how long it took. */
    public record Summary(BenchSize size, int units, int periods, long reports, long users, Duration took) {
        @Override
        public String toString() {
            return "%s: %,d units, %d periods, %,d reports, %,d users in %.1f s"
                    .formatted(size.name(), units, periods, reports, users, took.toMillis() / 1000.0);
        }
    }

    /** {@code -Dsize=province|national|PxBxC -Dyears=N -Ddb=jdbc:postgresql://…} (user/password: -Duser, -Dpassword). */
    public static void main(String[] args) throws Exception {
        BenchSize size = BenchSize.of(System.getProperty("size", "national"));
        int years = Integer.getInteger("years", 0);
        if (years > 0) {
            size = size.withYears(years);
        }
        String url = System.getProperty("db", "jdbc:postgresql://localhost:5432/itplan_bench");
        Summary summary =
                generate(url, System.getProperty("user", "postgres"), System.getProperty("password", ""), size);
        System.out.println(summary);
    }

    public static Summary generate(String url, String user, String password, BenchSize size)
            throws SQLException, InterruptedException {
        String database = url.replaceFirst("\\?.*", "").replaceFirst(".*/", "");
        if (!database.contains("bench") && !database.contains("test")) {
            throw new IllegalArgumentException("refusing to wipe " + database + ": its name has no 'bench' or 'test'");
        }
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            execute(connection, "drop schema if exists public cascade", "create schema public");
        }
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        Generation generation = new Generation(size);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            generation.catalogue(connection);
            generation.units(connection);
            generation.users(connection);
            generation.periods(connection);
            generation.reports(connection);
        }
        generation.sections(url, user, password);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            generation.plans(connection);
            generation.fundingLines(connection);
            generation.comments(connection);
            for (String table : List.of("unit", "reporting_period", "status_report", "plan", "plan_section")) {
                execute(
                        connection,
                        "select setval(pg_get_serial_sequence('%s', 'id'), (select max(id) from %s))"
                                .formatted(table, table));
            }
            // the state of a database that has been running: statistics current, visibility map set
            execute(connection, "vacuum analyze");
        }
        return new Summary(
                size,
                generation.units.size(),
                generation.periods.size(),
                generation.reportCount,
                generation.userCount,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The statement of a bundled SQL script that starts with {@code prefix} (up to the ';' that ends a line). */
    static String statementOf(String resource, String prefix) {
        try (InputStream in = NationalDataGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int from = text.indexOf(prefix);
            int to = text.indexOf(";\n", from);
            if (from < 0 || to < 0) {
                throw new IllegalStateException(resource + " has no statement starting with " + prefix);
            }
            return text.substring(from, to);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Unit(
            long id,
            String code,
            String name,
            String shortName,
            String kind,
            Long parentId,
            String path,
            int level,
            boolean reporting,
            int sortOrder,
            boolean commune) {}

    private record Period(long id, int year, String kind, int seq, LocalDate start, LocalDate end, LocalDate due) {
        boolean annual() {
            return kind.equals("ANNUAL");
        }
    }

    private record Report(long id, Unit unit, Period period, String state, boolean open) {}

    /** One run: the ids handed out and the rows written. */
    private static final class Generation {

        private final BenchSize size;
        private final List<Unit> units = new ArrayList<>();
        private final List<Period> periods = new ArrayList<>();
        private final Map<String, Long> indicators = new HashMap<>();
        private long reportCount;
        private long userCount;

        Generation(BenchSize size) {
            this.size = size;
        }

        void catalogue(Connection connection) throws SQLException {
            execute(
                    connection,
                    statementOf(
                            "db/demo/V2_1__demo_units_periods_indicators.sql", "insert into indicator (code, name_vi"),
                    statementOf("db/migration/V21__indicators_as_data.sql", "insert into indicator_definition ("));
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select code, id from indicator")) {
                while (rows.next()) {
                    indicators.put(rows.getString(1), rows.getLong(2));
                }
            }
        }

        void units(Connection connection) throws SQLException {
            long[] next = {1};
            Unit root = null;
            if (size.national()) {
                root = add(next, "VN", "Bộ Khoa học và Công nghệ", "Bộ KH&CN", "OTHER", null, false, 0, false);
            }
            for (int p = 0; p < size.provinces(); p++) {
                String name = size.national() ? PROVINCES[p % PROVINCES.length] : "Kon Tum";
                String code = size.national() ? "T%02d".formatted(p + 1) : "KT";
                Unit province = add(
                        next, code, "Ủy ban nhân dân tỉnh " + name, "UBND " + name, "PROVINCE", root, false, p, false);
                for (int b = 0; b < size.bodies(); b++) {
                    String[] body = BODIES[b % BODIES.length];
                    String suffix = b < BODIES.length ? "" : " " + (b / BODIES.length + 1);
                    add(
                            next,
                            code + "-S%02d".formatted(b + 1),
                            body[1] + suffix + " tỉnh " + name,
                            body[1] + suffix,
                            body[0],
                            province,
                            true,
                            b + 1,
                            false);
                }
                for (int c = 0; c < size.communes(); c++) {
                    boolean ward = c % 5 == 0;
                    String name2 = (ward ? "Phường " : "Xã ") + (c + 1);
                    add(
                            next,
                            code + "-X%03d".formatted(c + 1),
                            "Ủy ban nhân dân " + name2 + ", tỉnh " + name,
                            "UBND " + name2,
                            ward ? "UBND_THANH_PHO" : "UBND_HUYEN",
                            province,
                            true,
                            size.bodies() + c + 1,
                            true);
                }
            }
            try (CopyWriter copy = new CopyWriter(
                    connection,
                    "unit",
                    "id, code, name, short_name, kind, parent_id, path, level, valid_from, active, reporting,"
                            + " sort_order, search_text")) {
                for (Unit u : units) {
                    copy.row(
                            u.id,
                            u.code,
                            u.name,
                            u.shortName,
                            u.kind,
                            u.parentId,
                            u.path,
                            u.level,
                            "2008-04-01",
                            true,
                            u.reporting,
                            u.sortOrder,
                            // as the Unit entity folds it
                            SearchText.fold(u.code + " " + u.name + (u.shortName == null ? "" : " " + u.shortName)));
                }
            }
        }

        private Unit add(
                long[] next,
                String code,
                String name,
                String shortName,
                String kind,
                Unit parent,
                boolean reporting,
                int sortOrder,
                boolean commune) {
            long id = next[0]++;
            Unit unit = new Unit(
                    id,
                    code,
                    name,
                    shortName,
                    kind,
                    parent == null ? null : parent.id,
                    (parent == null ? "/" : parent.path) + id + "/",
                    parent == null ? 0 : parent.level + 1,
                    reporting,
                    sortOrder,
                    commune);
            units.add(unit);
            return unit;
        }

        void users(Connection connection) throws SQLException {
            try (CopyWriter copy = new CopyWriter(
                    connection, "app_user", "username, password_hash, full_name, email, role, unit_id, enabled")) {
                copy.row(ADMIN, PASSWORD_HASH, "Quản trị hệ thống", "admin@example.invalid", "ADMIN", null, true);
                copy.row(IT_STAFF, PASSWORD_HASH, "Cán bộ CNTT", "itstaff@example.invalid", "IT_STAFF", null, true);
                copy.row(LEADER, PASSWORD_HASH, "Lãnh đạo", "leader@example.invalid", "LEADER", null, true);
                for (Unit u : units) {
                    if (u.reporting) {
                        String username = unitAdmin(u);
                        copy.row(
                                username,
                                PASSWORD_HASH,
                                "Quản trị " + u.shortName,
                                username + "@example.invalid",
                                "UNIT_ADMIN",
                                u.id,
                                true);
                    }
                }
                userCount = copy.rows();
            }
        }

        void periods(Connection connection) throws SQLException {
            long id = 1;
            for (int year = size.firstYear(); year <= size.lastYear(); year++) {
                for (int q = 1; q <= 4; q++) {
                    LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
                    LocalDate end = start.plusMonths(3).minusDays(1);
                    periods.add(new Period(id++, year, "QUARTERLY", q, start, end, end.plusDays(10)));
                }
                periods.add(new Period(
                        id++,
                        year,
                        "ANNUAL",
                        1,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        LocalDate.of(year + 1, 1, 15)));
            }
            try (CopyWriter copy = new CopyWriter(
                    connection,
                    "reporting_period",
                    "id, period_year, kind, seq, start_date, end_date, due_date, open")) {
                for (Period p : periods) {
                    copy.row(p.id, p.year, p.kind, p.seq, p.start, p.end, p.due, open(p));
                }
            }
        }

        /** The last year's fourth quarter and its annual period are still open; everything before is closed. */
        private boolean open(Period p) {
            return p.year == size.lastYear() && (p.annual() || p.seq == 4);
        }

        private List<Report> allReports() {
            List<Report> reports = new ArrayList<>(periods.size() * size.reportingUnits());
            long id = 1;
            for (Period p : periods) {
                boolean open = open(p);
                boolean lastYear = p.year == size.lastYear();
                for (Unit u : units) {
                    if (u.reporting) {
                        reports.add(new Report(id++, u, p, state(u.id * 7919 + p.id * 104729, open, lastYear), open));
                    }
                }
            }
            return reports;
        }

        /** Mostly approved; the open periods still in progress; a few stragglers in the closed ones. */
        private static String state(long seed, boolean open, boolean lastYear) {
            int roll = (int) Math.floorMod(seed * 2654435761L >>> 7, 1000L);
            int[] limits =
                    open ? new int[] {450, 700, 780} : lastYear ? new int[] {920, 960, 980} : new int[] {970, 985, 990};
            if (roll < limits[0]) {
                return "APPROVED";
            }
            if (roll < limits[1]) {
                return "SUBMITTED";
            }
            return roll < limits[2] ? "RETURNED" : "DRAFT";
        }

        void reports(Connection connection) throws SQLException {
            try (CopyWriter copy = new CopyWriter(
                    connection,
                    "status_report",
                    "id, unit_id, period_id, state, created_at, created_by, updated_at, updated_by, submitted_at,"
                            + " submitted_by, returned_at, returned_by, approved_at, approved_by, review_comment,"
                            + " first_submitted_on")) {
                for (Report r : allReports()) {
                    String username = unitAdmin(r.unit);
                    long seed = r.id * 2654435761L;
                    // most units submit a few days before the due date; about one in eight after it
                    int submitOffset =
                            (int) Math.floorMod(seed >>> 5, 20L) - 15 + (Math.floorMod(seed >>> 11, 8L) == 0 ? 18 : 0);
                    OffsetDateTime created = at(r.period.end.minusDays(10 + Math.floorMod(seed >>> 3, 10L)), 8);
                    OffsetDateTime submitted =
                            at(r.period.due.plusDays(submitOffset), 9 + (int) Math.floorMod(seed, 8L));
                    OffsetDateTime reviewed = submitted
                            .plusDays(1 + Math.floorMod(seed >>> 9, 9L))
                            .plusHours(3);
                    boolean wasSubmitted = !r.state.equals("DRAFT");
                    boolean returned = r.state.equals("RETURNED");
                    boolean approved = r.state.equals("APPROVED");
                    OffsetDateTime updated = approved || returned ? reviewed : wasSubmitted ? submitted : created;
                    copy.row(
                            r.id,
                            r.unit.id,
                            r.period.id,
                            r.state,
                            ts(created),
                            username,
                            ts(updated),
                            approved || returned ? IT_STAFF : username,
                            wasSubmitted ? ts(submitted) : null,
                            wasSubmitted ? username : null,
                            returned ? ts(reviewed) : null,
                            returned ? IT_STAFF : null,
                            approved ? ts(reviewed) : null,
                            approved ? IT_STAFF : null,
                            returned ? "Đề nghị rà soát lại số liệu văn bản điện tử." : null,
                            wasSubmitted ? submitted.toLocalDate() : null);
                }
                reportCount = copy.rows();
            }
        }

        /** The four sections of every report, one table per connection, in parallel. */
        void sections(String url, String user, String password) throws InterruptedException {
            List<Report> reports = allReports();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int section = 0; section < 4; section++) {
                    int which = section;
                    done.add(pool.submit(() -> {
                        try (Connection connection = DriverManager.getConnection(url, user, password)) {
                            section(connection, which, reports);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }

        private static void section(Connection connection, int section, List<Report> reports) throws SQLException {
            String[] tables = {
                "infrastructure_inventory(report_id, staff_count, pcs, pcs_internet, pcs_antivirus, servers, has_lan,"
                        + " lan_upgraded_year, bandwidth_mbps, on_gov_network, has_firewall, has_ids, has_backup,"
                        + " printers, scanners, it_staff",
                "email_adoption(report_id, mailboxes, staff_using_email, uses_email_regularly, outgoing_email_percent,"
                        + " staff_using_free_mail",
                "eoffice_adoption(report_id, deployed, deployed_since, active_users, incoming_docs,"
                        + " incoming_docs_electronic, outgoing_docs, outgoing_docs_electronic, interconnected,"
                        + " digital_signatures",
                "public_services(report_id, level1, level2, level3, level4"
            };
            String table = tables[section];
            int paren = table.indexOf('(');
            try (CopyWriter copy = new CopyWriter(connection, table.substring(0, paren), table.substring(paren + 1))) {
                for (Report r : reports) {
                    Period p = r.period;
                    double time = p.year - 2016 + (p.annual() ? 1.0 : p.seq / 4.0);
                    BenchFigures f =
                            BenchFigures.of(r.unit.id * 1_000_003L, r.unit.commune, time, p.annual() ? 1 : 0.25, p.end);
                    switch (section) {
                        case 0 ->
                            copy.row(
                                    r.id,
                                    f.staff(),
                                    f.pcs(),
                                    f.pcsInternet(),
                                    f.pcsAntivirus(),
                                    f.servers(),
                                    f.hasLan(),
                                    f.lanUpgradedYear(),
                                    f.bandwidthMbps(),
                                    f.onGovNetwork(),
                                    f.hasFirewall(),
                                    f.hasIds(),
                                    f.hasBackup(),
                                    f.printers(),
                                    f.scanners(),
                                    f.itStaff());
                        case 1 ->
                            copy.row(
                                    r.id,
                                    f.mailboxes(),
                                    f.staffUsingEmail(),
                                    f.usesEmailRegularly(),
                                    f.outgoingEmailPercent(),
                                    f.staffUsingFreeMail());
                        case 2 ->
                            copy.row(
                                    r.id,
                                    f.eofficeDeployed(),
                                    f.deployedSince(),
                                    f.activeUsers(),
                                    f.incomingDocs(),
                                    f.incomingDocsElectronic(),
                                    f.outgoingDocs(),
                                    f.outgoingDocsElectronic(),
                                    f.interconnected(),
                                    f.digitalSignatures());
                        default -> copy.row(r.id, f.level1(), f.level2(), f.level3(), f.level4());
                    }
                }
            }
        }

        /** The return comment of every returned report. */
        void comments(Connection connection) throws SQLException {
            execute(
                    connection,
                    "insert into report_comment (report_id, kind, author, created_at, body)"
                            + " select id, 'RETURN', returned_by, returned_at, review_comment from status_report"
                            + " where state = 'RETURNED'");
        }

        /** A plan per year: issued for the past years, a draft for the last one; targets, sections and tasks. */
        void plans(Connection connection) throws SQLException {
            Unit issuer = units.get(0);
            int reporting = size.reportingUnits();
            long sectionId = 1;
            try (CopyWriter plans = new CopyWriter(
                    connection,
                    "plan",
                    "id, number, title, plan_year, issue_date, effective_date, issuer, signer, signer_title, fields,"
                            + " status, baseline_period_id, issued_at, issued_by")) {
                for (int year = size.firstYear(); year <= size.lastYear(); year++) {
                    boolean issued = year < size.lastYear();
                    LocalDate issue = LocalDate.of(year, 2, 10);
                    plans.row(
                            year - size.firstYear() + 1,
                            (100 + year % 100) + "/KH-UBND",
                            "Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm " + year,
                            year,
                            issued ? issue : null,
                            issued ? issue : null,
                            issuer.name,
                            "Nguyễn Văn An",
                            "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
                            "Công nghệ thông tin",
                            issued ? "ISSUED" : "DRAFT",
                            annualPeriod(year - 1),
                            issued ? ts(at(issue, 10)) : null,
                            issued ? IT_STAFF : null);
                }
            }
            try (CopyWriter sections = new CopyWriter(
                    connection, "plan_section", "id, plan_id, parent_id, heading, title, body, position")) {
                for (int year = size.firstYear(); year <= size.lastYear(); year++) {
                    long plan = year - size.firstYear() + 1;
                    long goals = sectionId++;
                    sections.row(
                            goals,
                            plan,
                            null,
                            "I.",
                            "MỤC TIÊU",
                            "Nâng cao hiệu quả hoạt động của cơ quan nhà nước.",
                            1);
                    long status = sectionId++;
                    sections.row(status, plan, null, "II.", "HIỆN TRẠNG", null, 2);
                    sections.row(
                            sectionId++, plan, status, "1.", "Hạ tầng kỹ thuật", "Số liệu từ báo cáo các đơn vị.", 1);
                    sections.row(sectionId++, plan, status, "2.", "Ứng dụng CNTT", "Số liệu từ báo cáo các đơn vị.", 2);
                    sections.row(sectionId++, plan, null, "III.", "NHIỆM VỤ", "Các nhiệm vụ tại Phụ lục I.", 3);
                    sections.row(sectionId++, plan, null, "IV.", "TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai.", 4);
                }
            }
            try (CopyWriter targets = new CopyWriter(
                    connection, "plan_target", "plan_id, indicator_id, baseline_value, target_value, note, demo")) {
                for (int year = size.firstYear(); year <= size.lastYear(); year++) {
                    for (Object[] target : TARGETS) {
                        double baseline = ((Number) target[1]).doubleValue();
                        double goal = ((Number) target[2]).doubleValue();
                        if (goal < 1) {
                            baseline = Math.round(baseline * reporting);
                            goal = Math.round(goal * reporting);
                        }
                        targets.row(
                                year - size.firstYear() + 1,
                                indicators.get((String) target[0]),
                                baseline,
                                goal,
                                null,
                                true);
                    }
                }
            }
            try (CopyWriter tasks = new CopyWriter(
                    connection,
                    "plan_task",
                    "plan_id, name, goal, lead_unit_id, start_date, end_date, budget, status,"
                            + " progress, position")) {
                String[] names = {
                    "Nâng cấp hệ thống quản lý văn bản và điều hành",
                    "Mở rộng mạng truyền số liệu chuyên dùng",
                    "Triển khai chữ ký số",
                    "Đào tạo cán bộ chuyên trách CNTT",
                    "Bảo đảm an toàn thông tin"
                };
                List<Unit> leads = units.stream()
                        .filter(u -> u.reporting && !u.commune)
                        .limit(names.length)
                        .toList();
                for (int year = size.firstYear(); year <= size.lastYear(); year++) {
                    boolean past = year < size.lastYear();
                    for (int k = 0; k < names.length; k++) {
                        tasks.row(
                                year - size.firstYear() + 1,
                                names[k],
                                null,
                                leads.get(k % leads.size()).id,
                                LocalDate.of(year, 3, 1),
                                LocalDate.of(year, 12, 31),
                                500_000_000L * (k + 1),
                                past ? "DONE" : "IN_PROGRESS",
                                past ? 100 : 20 * k,
                                k + 1);
                    }
                }
            }
        }

        /** Each task's budget as its one funding line (V62): provincial for odd positions, central otherwise. */
        void fundingLines(Connection connection) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("insert into plan_task_funding (task_id, position, source, amount)"
                        + " select id, 0, case when position % 2 = 1 then 'PROVINCIAL' else 'CENTRAL' end, budget"
                        + " from plan_task");
            }
        }

        private Long annualPeriod(int year) {
            return periods.stream()
                    .filter(p -> p.year == year && p.annual())
                    .map(Period::id)
                    .findFirst()
                    .orElse(null);
        }
    }

    static String unitAdmin(Unit unit) {
        return "unit-" + unit.code.toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(VIETNAM);
    }

    private static String ts(OffsetDateTime time) {
        return TIMESTAMP.format(time);
    }
}
