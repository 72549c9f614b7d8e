package vn.itplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;

/**
 * Indicators as data: a formula stored with its indicator counts the units answering yes to an extra report field
 * (values in the typed table), the drill-down lists the same units, and a formula redefined for a later year leaves
 * the earlier year's figure where it was.
 */
@PostgresTest
class FormulasAsDataTest {

    @Autowired
    RollupService rollups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExtraYesNoFieldIsCountedAndRedefinitionKeepsEarlierYears() {
        ReportFixture fx = new ReportFixture(jdbc);
        ReportFixture.Period first = fx.annualPeriod();
        ReportFixture.Period later = fx.annualPeriod();
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String fieldCode = "SIG_" + tag;
        String code = "T" + tag;
        jdbc.update(
                "insert into report_extra_field (code, label_vi, label_en, field_type, section, valid_from_year)"
                        + " values (?, 'Sử dụng chữ ký số', 'Uses digital signatures', 'YES_NO', 'EOFFICE', ?)",
                fieldCode,
                first.year());
        long field = jdbc.queryForObject("select id from report_extra_field where code = ?", Long.class, fieldCode);

        long root = fx.unit("ROOT", "OTHER", null, false);
        List<Long> firstReports = new ArrayList<>();
        List<Long> laterReports = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            long unit = fx.unit("U", "SO", root, true);
            firstReports.add(report(fx, unit, first.id(), k == 5 ? "SUBMITTED" : "APPROVED"));
            laterReports.add(report(fx, unit, later.id(), "APPROVED"));
        }
        // first year: units 0, 1, 2 say yes, 3 says no, 4 did not answer, 5 is not approved (yes)
        answer(firstReports.get(0), field, true);
        answer(firstReports.get(1), field, true);
        answer(firstReports.get(2), field, true);
        answer(firstReports.get(3), field, false);
        answer(firstReports.get(5), field, true);
        // later year: every unit says yes
        laterReports.forEach(r -> answer(r, field, true));

        jdbc.update(
                "insert into indicator (code, name_vi, name_en, unit_of_measure, aggregation, sort_order)"
                        + " values (?, 'Tỷ lệ đơn vị sử dụng chữ ký số', 'Units using digital signatures', 'đơn vị',"
                        + " 'COUNT_UNITS', 999)",
                code);
        long indicator = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
        jdbc.update(
                "insert into indicator_definition (indicator_id, valid_from_year, aggregation, numerator_field_id,"
                        + " condition_op, condition_value, scale, display_kind, decimals)"
                        + " values (?, ?, 'COUNT_UNITS', ?, 'EQ', 1, 1, 'UNITS', 0)",
                indicator,
                first.year(),
                field);
        try {
            Figure before = rollups.rollup(first.id(), RollupScope.of(null, root))
                    .figure(code)
                    .orElseThrow();
            assertThat(before.numerator()).isEqualByComparingTo("3");
            assertThat(before.denominator()).isEqualByComparingTo("5");
            assertThat(before.comparable()).isEqualByComparingTo("3");

            Drilldown drill = rollups.drilldown(first.id(), code, RollupScope.of(null, root));
            assertThat(drill.lines()).hasSize(6);
            assertThat(drill.lines().stream().filter(Drilldown.Line::inNumerator))
                    .hasSize(3);
            assertThat(drill.numeratorName().text()).isIn("Sử dụng chữ ký số", "Uses digital signatures");

            // redefined from the later year: a unit counts when it says no
            jdbc.update(
                    "insert into indicator_definition (indicator_id, valid_from_year, aggregation,"
                            + " numerator_field_id, condition_op, condition_value, scale, display_kind, decimals)"
                            + " values (?, ?, 'COUNT_UNITS', ?, 'EQ', 0, 1, 'UNITS', 0)",
                    indicator,
                    later.year(),
                    field);
            Figure again = rollups.rollup(first.id(), RollupScope.of(null, root))
                    .figure(code)
                    .orElseThrow();
            assertThat(again.numerator()).isEqualByComparingTo(before.numerator());
            Figure redefined = rollups.rollup(later.id(), RollupScope.of(null, root))
                    .figure(code)
                    .orElseThrow();
            assertThat(redefined.numerator()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(redefined.denominator()).isEqualByComparingTo("6");
        } finally {
            jdbc.update("delete from indicator_definition where indicator_id = ?", indicator);
            jdbc.update("delete from indicator where id = ?", indicator);
        }
    }

    private static long report(ReportFixture fx, long unit, long period, String state) {
        return fx.report(unit, period, state)
                .infrastructure(10, 10, 10, 10, 1, true, true, false, false, false, 10, 1)
                .save();
    }

    private void answer(long report, long field, boolean yes) {
        jdbc.update(
                "insert into report_extra_value (report_id, field_id, yes_no) values (?, ?, ?)", report, field, yes);
    }
}
