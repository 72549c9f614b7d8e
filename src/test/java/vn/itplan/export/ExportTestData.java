package vn.itplan.export;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.ReportFixture;
import vn.itplan.support.TestYears;

/**
 * Plans for the export tests, written straight into the test database: one with hand-made figures (its baseline is
 * a period of its own, filled through {@link ReportFixture}) and one with nothing in it. Numbers and codes are
 * unique per run, so the tests never collide with the demo data or each other.
 */
final class ExportTestData {

    /** The year of the plan with figures and of its baseline period, used by no other test. */
    static final int YEAR = TestYears.planYear();

    /**
     * A count as the documents write it (Vietnamese grouping: 1.231): the number of expected units depends on what
     * other tests left in the database.
     */
    static String count(int n) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi"))
                .format(n);
    }
    /** The year of the empty draft. */
    static final int EMPTY_YEAR = TestYears.planYear();
    /** The year of the plan full of hostile text. */
    static final int HOSTILE_YEAR = TestYears.planYear();
    /** Task names of {@link #hostile()} after the HYPERLINK one: text Excel would take for a formula once edited. */
    static final java.util.List<String> WOULD_BE_FORMULAS =
            java.util.List.of("+1 máy chủ", "-5% kinh phí", "@SUM(A1:A9)");

    static final long PROVINCIAL_BUDGET = 1_000_000_000L;
    static final long CENTRAL_BUDGET = 250_000_000L;
    static final long CANCELLED_BUDGET = 400_000_000L;

    private static ExportTestData withFigures;
    private static ExportTestData empty;

    private final JdbcTemplate jdbc;
    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    long period;
    long unitA;
    long unitB;
    long unitC;
    long unitD;
    long plan;
    String number;

    ExportTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan with hand-made figures, made once per test JVM (its period's year can exist only once). */
    static synchronized ExportTestData figures(JdbcTemplate jdbc) {
        if (withFigures == null) {
            withFigures = new ExportTestData(jdbc).withFigures();
        }
        return withFigures;
    }

    /** The empty draft, made once per test JVM. */
    static synchronized ExportTestData emptyPlan(JdbcTemplate jdbc) {
        if (empty == null) {
            empty = new ExportTestData(jdbc).empty();
        }
        return empty;
    }

    /**
     * Units A (department), B (board), C (district) with approved reports for {@link #YEAR}, D with a returned one.
     * eOffice at A and C: UD04 = 2/3. PCs with Internet (38 + 20 + 140) / (40 + 20 + 150) = 94,3%. Staff 270.
     * A plan of that year on this baseline, with two legal bases, sections I–III, targets UD04 and HT03, and tasks
     * of 1.000.000.000 (provincial), 250.000.000 (central) and a cancelled one of 400.000.000 (provincial).
     */
    ExportTestData withFigures() {
        ReportFixture fx = new ReportFixture(jdbc);
        period = fx.annualPeriod(YEAR);
        long root = fx.unit("XR", "OTHER", null, false);
        unitA = fx.unit("XA", "SO", root, true);
        unitB = fx.unit("XB", "BAN", root, true);
        unitC = fx.unit("XC", "UBND_HUYEN", root, true);
        unitD = fx.unit("XD", "SO", root, true);
        fx.report(unitA, period, "APPROVED")
                .infrastructure(50, 40, 38, 30, 2, true, true, true, false, false, 20, 1)
                .email(50, 30, true)
                .eoffice(true, true, 100, 50, 80, 40)
                .save();
        fx.report(unitB, period, "APPROVED")
                .infrastructure(20, 20, 20, 10, 0, true, false, false, false, false, 10, 0)
                .email(10, 5, false)
                .eoffice(false, false, 50, 50, 10, 10)
                .save();
        fx.report(unitC, period, "APPROVED")
                .infrastructure(200, 150, 140, 100, 3, true, true, false, false, true, 50, 2)
                .email(200, 100, true)
                .eoffice(true, false, 300, 200, 150, 100)
                .save();
        fx.report(unitD, period, "RETURNED")
                .infrastructure(999, 999, 999, 999, 99, true, true, true, true, true, 999, 9)
                .email(999, 999, true)
                .eoffice(true, true, 999, 999, 999, 999)
                .save();

        number = Math.abs(tag.hashCode() % 100000) + "/KH-XT" + tag;
        jdbc.update(
                "insert into plan (number, title, plan_year, issue_date, effective_date, issuer, signer, signer_title,"
                        + " status, baseline_period_id) values (?, ?, ?, ?, ?, 'UBND tỉnh Kon Tum', 'Nguyễn Văn Thử',"
                        + " 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', 'ISSUED', ?)",
                number,
                "Kế hoạch ứng dụng công nghệ thông tin năm " + YEAR + " (thử " + tag + ")",
                YEAR,
                java.sql.Date.valueOf(YEAR + "-03-05"),
                java.sql.Date.valueOf(YEAR + "-03-05"),
                period);
        plan = jdbc.queryForObject("select id from plan where number = ?", Long.class, number);

        jdbc.update(
                "insert into plan_legal_basis (plan_id, legal_document_id, position)"
                        + " select ?, id, 1 from legal_document where number = '64/2007/NĐ-CP'",
                plan);
        jdbc.update(
                "insert into plan_legal_basis (plan_id, legal_document_id, position)"
                        + " select ?, id, 2 from legal_document where number = '1605/QĐ-TTg'",
                plan);

        section(null, "I.", "Căn cứ lập Kế hoạch", null, 1);
        long status = section(null, "II.", "Hiện trạng ứng dụng CNTT", null, 2);
        section(status, "1.", "Hạ tầng kỹ thuật", "Dòng thứ nhất của hạ tầng.\nDòng thứ hai của hạ tầng.", 1);
        section(null, "III.", "Mục tiêu", "Mục tiêu chung của kế hoạch thử.", 3);
        section(null, "IV.", "Tổ chức thực hiện", "Các đơn vị triển khai.", 4);

        target("UD04", 1, 3);
        target("HT03", 85, 95);

        long t1 = task(1, "Nhiệm vụ tỉnh " + tag, unitA, PROVINCIAL_BUDGET, "PROVINCIAL", "IN_PROGRESS");
        long t2 = task(2, "Nhiệm vụ trung ương " + tag, unitB, CENTRAL_BUDGET, "CENTRAL", "PLANNED");
        task(3, "Nhiệm vụ đã hủy " + tag, unitA, CANCELLED_BUDGET, "PROVINCIAL", "CANCELLED");
        jdbc.update("insert into plan_task_unit (task_id, unit_id) values (?, ?)", t2, unitA);
        jdbc.update("insert into plan_task_unit (task_id, unit_id) values (?, ?)", t2, unitC);
        jdbc.update("insert into plan_task_unit (task_id, unit_id) values (?, ?)", t1, unitC);
        return this;
    }

    /** A draft with no issue date, signer, baseline, legal bases, sections, targets or tasks. */
    ExportTestData empty() {
        number = "…/KH-TRONG" + tag;
        jdbc.update(
                "insert into plan (number, title, plan_year, issuer, status) values (?, ?, ?, 'UBND tỉnh Kon Tum',"
                        + " 'DRAFT')",
                number,
                "Kế hoạch trống " + tag,
                EMPTY_YEAR);
        plan = jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
        return this;
    }

    /**
     * A plan on the same baseline as {@code base} with {@code size} sections, tasks (each with two co-operating
     * units) and the eleven legal bases of 263/KH-UBND: the statement count must not grow with it.
     */
    ExportTestData larger(ExportTestData base, int size) {
        period = base.period;
        number = Math.abs(tag.hashCode() % 100000) + "/KH-LON" + tag;
        jdbc.update(
                "insert into plan (number, title, plan_year, issuer, status, baseline_period_id)"
                        + " values (?, ?, ?, 'UBND tỉnh Kon Tum', 'DRAFT', ?)",
                number,
                "Kế hoạch lớn " + tag,
                YEAR,
                period);
        plan = jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
        jdbc.update(
                "insert into plan_legal_basis (plan_id, legal_document_id, position)"
                        + " select ?, id, id from legal_document where number in ('67/2006/QH11', '51/2005/QH11',"
                        + " '64/2007/NĐ-CP', '1605/QĐ-TTg', '465/QĐ-UBND', '1388/QĐ-UBND', '686/QĐ-UBND', '03/2011/CT-UBND',"
                        + " '170/QĐ-UBND', '2016/BTTTT-THH', '1635/VP-VX')",
                plan);
        long parent = section(null, "I.", "Căn cứ lập Kế hoạch", null, 1);
        for (int i = 1; i <= size; i++) {
            section(parent, i + ".", "Mục " + i, "Nội dung " + i, i);
            long task = task(
                    i, "Nhiệm vụ " + i, base.unitA, 1_000_000L * i, i % 2 == 0 ? "CENTRAL" : "PROVINCIAL", "PLANNED");
            jdbc.update("insert into plan_task_unit (task_id, unit_id) values (?, ?)", task, base.unitB);
            jdbc.update("insert into plan_task_unit (task_id, unit_id) values (?, ?)", task, base.unitC);
        }
        target("UD04", 1, 3);
        target("HT03", 85, 95);
        target("HT01", 1, 2);
        return this;
    }

    /** Markup, XML-breaking control characters and a would-be formula in every free-text field. */
    ExportTestData hostile() {
        number = "1/KH-<b>&" + tag;
        jdbc.update(
                "insert into plan (number, title, plan_year, issuer, signer, signer_title, status) values (?, ?, ?,"
                        + " ?, ?, ?, 'DRAFT')",
                number,
                "Kế hoạch <w:t>&amp;\u0001 \"thử\" '" + tag + "'",
                HOSTILE_YEAR,
                "UBND tỉnh </w:t>Kon\u000BTum",
                "<script>alert(1)</script>",
                "KT. CHỦ TỊCH\u0002 / PHÓ");
        plan = jdbc.queryForObject("select id from plan where number = ?", Long.class, number);
        section(null, "I.\u0003", "Căn cứ <i>", "Dòng\u0001một\r\nDòng hai ]]> <![CDATA[", 1);
        long lead = jdbc.queryForObject("select id from unit where code = 'STTTT'", Long.class);
        task(1, "=HYPERLINK(\"http://example.com\",\"bấm\")", lead, 5, "OTHER", "PLANNED");
        for (int i = 0; i < WOULD_BE_FORMULAS.size(); i++) {
            task(2 + i, WOULD_BE_FORMULAS.get(i), lead, 5, "OTHER", "PLANNED");
        }
        return this;
    }

    private long section(Long parent, String heading, String title, String body, int position) {
        jdbc.update(
                "insert into plan_section (plan_id, parent_id, heading, title, body, position) values (?, ?, ?, ?, ?, ?)",
                plan,
                parent,
                heading,
                title,
                body,
                position);
        return jdbc.queryForObject("select max(id) from plan_section where plan_id = ?", Long.class, plan);
    }

    private void target(String code, int baseline, int target) {
        jdbc.update(
                "insert into plan_target (plan_id, indicator_id, baseline_value, target_value)"
                        + " select ?, id, ?, ? from indicator where code = ?",
                plan,
                baseline,
                target,
                code);
    }

    private long task(int position, String name, long lead, long budget, String source, String status) {
        jdbc.update(
                "insert into plan_task (plan_id, name, goal, lead_unit_id, start_date, end_date, budget,"
                        + " status, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan,
                name,
                "Mục tiêu của " + name,
                lead,
                java.sql.Date.valueOf(YEAR + "-04-01"),
                java.sql.Date.valueOf(YEAR + "-10-31"),
                budget,
                status,
                position);
        long id = jdbc.queryForObject(
                "select id from plan_task where plan_id = ? and position = ?", Long.class, plan, position);
        jdbc.update(
                "insert into plan_task_funding (task_id, position, source, amount) values (?, 0, ?, ?)",
                id,
                source,
                budget);
        return id;
    }
}
