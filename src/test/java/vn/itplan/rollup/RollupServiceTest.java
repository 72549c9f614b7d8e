package vn.itplan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;
import vn.itplan.unit.UnitKind;
import vn.itplan.web.NotFoundException;

/**
 * Roll-up SQL on PostgreSQL against hand-computed figures. Under a test root R: A (department) and B (board)
 * approved, C (district) approved, D (a district office under C, a unit deeper in the subtree) RETURNED, E
 * (department) without a report.
 */
@PostgresTest
class RollupServiceTest {

    @Autowired
    RollupService rollups;

    @Autowired
    JdbcTemplate jdbc;

    static Long period;
    static long root;
    static long a;
    static long b;
    static long c;
    static long d;
    static long e;

    @BeforeEach
    void createDataOnce() {
        if (period != null) {
            return;
        }
        ReportFixture fx = new ReportFixture(jdbc);
        period = fx.annualPeriod().id();
        root = fx.unit("R", "OTHER", null, false);
        a = fx.unit("A", "SO", root, true);
        b = fx.unit("B", "BAN", root, true);
        c = fx.unit("C", "UBND_HUYEN", root, true);
        d = fx.unit("D", "UBND_HUYEN", c, true);
        e = fx.unit("E", "SO", root, true);
        fx.report(a, period, "APPROVED")
                .infrastructure(50, 40, 38, 30, 2, true, true, true, false, false, 20, 1)
                .email(50, 30, true)
                .eoffice(true, true, 100, 50, 80, 40)
                .services(10, 5, 2, 0)
                .save();
        fx.report(b, period, "APPROVED")
                .infrastructure(20, 20, 20, 10, 0, true, false, false, false, false, 10, 0)
                .email(10, 5, false)
                .eoffice(true, false, 50, 50, 10, 10)
                .services(3, 1, 0, 0)
                .save();
        fx.report(c, period, "APPROVED")
                .infrastructure(200, 150, 140, 100, 3, true, true, false, false, true, 50, 2)
                .email(200, 100, true)
                .eoffice(true, false, 300, 200, 150, 100)
                .services(20, 10, 3, 1)
                .save();
        fx.report(d, period, "RETURNED")
                .infrastructure(999, 999, 999, 999, 99, true, true, true, true, true, 999, 9)
                .email(999, 999, true)
                .eoffice(true, true, 999, 999, 999, 999)
                .services(99, 99, 99, 99)
                .save();
    }

    Rollup subtree() {
        return rollups.rollup(period, RollupScope.of(null, root));
    }

    @Test
    void coverageCountsExpectedAndApprovedUnitsAndNamesTheMissingOnes() {
        Coverage coverage = subtree().coverage();

        assertThat(coverage.expected()).as("A, B, C, D, E; R does not report").isEqualTo(5);
        assertThat(coverage.approved()).isEqualTo(3);
        assertThat(coverage.partial()).isTrue();
        assertThat(coverage.missing()).extracting(UnitRow::unitId).containsExactlyInAnyOrder(d, e);
        assertThat(coverage.missing())
                .filteredOn(u -> u.unitId() == d)
                .singleElement()
                .extracting(UnitRow::reportState)
                .isEqualTo("RETURNED");
    }

    @Test
    void countsOfUnitsIgnoreTheReturnedReport() {
        Rollup rollup = subtree();

        assertFigure(rollup, "UD04", "3", "3"); // eOffice at 3/3 counted units (D's report is returned)
        assertFigure(rollup, "UD02", "2", "3"); // official e-mail regularly: A and C
        assertFigure(rollup, "HT09", "2", "3"); // system-level security: A (firewall), C (backup)
        assertFigure(rollup, "HT04", "3", "3");
        assertFigure(rollup, "HT07", "2", "3");
        assertFigure(rollup, "UD05", "1", "3");
        assertThat(rollup.figure("UD02").orElseThrow().shareOfUnits()).isEqualByComparingTo("0.6667");
    }

    @Test
    void sumsAndRatiosMatchTheHandComputedValues() {
        Rollup rollup = subtree();

        assertThat(value(rollup, "HT05")).isEqualByComparingTo("5"); // servers 2 + 0 + 3
        assertThat(value(rollup, "HT01")).isEqualByComparingTo("0.7778"); // PCs 210 / staff 270
        assertThat(value(rollup, "HT02")).isEqualByComparingTo("77.7778"); // min(PCs, staff) 210 / 270
        assertThat(value(rollup, "HT03")).isEqualByComparingTo("94.2857"); // Internet 198 / PCs 210
        assertThat(value(rollup, "HT08")).isEqualByComparingTo("66.6667"); // antivirus 140 / 210
        assertThat(value(rollup, "UD03")).isEqualByComparingTo("52.0000"); // electronic 390 / 750 documents
        assertThat(value(rollup, "UD01")).isEqualByComparingTo("96.2963"); // mailboxes 260 / 270
        assertThat(value(rollup, "HT06")).isEqualByComparingTo("296.2963"); // 80 Mbps = 80,000 kbps / 270
        assertThat(value(rollup, "NL01")).isEqualByComparingTo("1.1111"); // IT staff 3 / 270
        assertThat(value(rollup, "DV04")).isEqualByComparingTo("5"); // level-3 services 2 + 0 + 3
    }

    @Test
    void figuresAreBrokenDownByGroupOfUnits() {
        Rollup rollup = subtree();

        Coverage provincial = rollup.coverageByGroup().get(UnitKind.Group.PROVINCIAL);
        Coverage district = rollup.coverageByGroup().get(UnitKind.Group.DISTRICT);
        assertThat(provincial.expected()).isEqualTo(3); // A, B, E
        assertThat(provincial.approved()).isEqualTo(2);
        assertThat(district.expected()).isEqualTo(2); // C, D
        assertThat(district.approved()).isEqualTo(1);
        Figure email = rollup.figuresByGroup().get(UnitKind.Group.PROVINCIAL).get("UD02");
        assertThat(email.numerator()).isEqualByComparingTo("1");
        assertThat(email.denominator()).isEqualByComparingTo("2");
        assertThat(rollup.figuresByGroup()
                        .get(UnitKind.Group.DISTRICT)
                        .get("HT05")
                        .value())
                .isEqualByComparingTo("3");
    }

    @Test
    void aSubtreeIsAPathPrefix() {
        Rollup underC = rollups.rollup(period, RollupScope.of(null, c));
        assertThat(underC.coverage().expected()).as("C and D").isEqualTo(2);
        assertThat(underC.coverage().approved()).isEqualTo(1);
        assertThat(value(underC, "HT05")).isEqualByComparingTo("3");

        Rollup districtsUnderR = rollups.rollup(period, RollupScope.of(UnitKind.Group.DISTRICT, root));
        assertThat(districtsUnderR.coverage().expected()).isEqualTo(2);
    }

    /**
     * A unit row carries only what the roll-up was asked for (the database sums the figures): by default neither
     * measures nor per-unit figures; asked for, a unit's own figure and its measures, null values unless approved.
     * The figures of the scope and its groups do not depend on what the rows carry.
     */
    @Test
    void unitRowsCarryOnlyTheDetailAskedFor() {
        RollupScope scope = RollupScope.of(null, root);
        Rollup lean = rollups.rollup(period, scope);
        Rollup detailed =
                rollups.rollup(period, scope, new RollupService.UnitDetail(true, java.util.Set.of("UD02", "HT01")));

        assertThat(lean.units()).allSatisfy(u -> {
            assertThat(u.figures()).isEmpty();
            assertThat(u.measures()).isNull();
        });
        UnitRow unitA = detailed.units().stream()
                .filter(u -> u.unitId() == a)
                .findFirst()
                .orElseThrow();
        assertThat(unitA.figures()).containsOnlyKeys("UD02", "HT01");
        assertThat(unitA.figures().get("HT01").value()).as("40 PCs / 50 staff").isEqualByComparingTo("0.8");
        assertThat(unitA.measures().get(vn.itplan.report.ReportMeasure.PCS)).isEqualByComparingTo("40");
        UnitRow unitD = detailed.units().stream()
                .filter(u -> u.unitId() == d)
                .findFirst()
                .orElseThrow();
        assertThat(unitD.figures().get("UD02").numerator())
                .as("returned: not counted")
                .isNull();
        assertThat(unitD.measures().get(vn.itplan.report.ReportMeasure.PCS)).isNull();

        assertThat(numbers(detailed.figures())).isEqualTo(numbers(lean.figures()));
        for (UnitKind.Group group : List.of(UnitKind.Group.PROVINCIAL, UnitKind.Group.DISTRICT)) {
            assertThat(numbers(detailed.figuresByGroup().get(group)))
                    .isEqualTo(numbers(lean.figuresByGroup().get(group)));
        }
        assertThat(lean.figuresByGroup()
                        .get(UnitKind.Group.DISTRICT)
                        .get("HT05")
                        .value())
                .as("C's 3 servers; D's returned report does not count")
                .isEqualByComparingTo("3");
    }

    private static List<List<Object>> numbers(java.util.Map<String, Figure> figures) {
        return figures.values().stream()
                .map(f -> java.util.Arrays.<Object>asList(f.code(), f.numerator(), f.denominator(), f.value()))
                .toList();
    }

    @Test
    void theWholeProvinceIncludesEveryReportingUnit() {
        Rollup all = rollups.rollup(period, RollupScope.ALL);

        assertThat(all.units())
                .extracting(UnitRow::unitId)
                .contains(a, b, c, d, e)
                .doesNotContain(root);
        assertThat(all.units())
                .extracting(UnitRow::code)
                .contains("DAKHA", "STC")
                .doesNotContain("KONTUM", "VPDDBQH");
        assertThat(all.coverage().approved())
                .as("only this test's approved reports are in its period")
                .isEqualTo(3);
    }

    @Test
    void theDrilldownListsTheUnitsInNumeratorAndDenominator() {
        Drilldown drilldown = rollups.drilldown(period, "UD02", RollupScope.of(null, root));

        assertThat(drilldown.lines()).hasSize(5);
        assertThat(drilldown.lines())
                .filteredOn(Drilldown.Line::inNumerator)
                .extracting(l -> l.unit().unitId())
                .containsExactlyInAnyOrder(a, c);
        assertThat(drilldown.lines())
                .filteredOn(Drilldown.Line::counted)
                .extracting(l -> l.unit().unitId())
                .containsExactlyInAnyOrder(a, b, c);
        Drilldown.Line returned = drilldown.lines().stream()
                .filter(l -> l.unit().unitId() == d)
                .findFirst()
                .orElseThrow();
        assertThat(returned.counted()).isFalse();
        assertThat(returned.numerator())
                .as("a returned report's values are not shown as counted")
                .isNull();

        Drilldown pcs = rollups.drilldown(period, "HT01", RollupScope.of(null, root));
        Drilldown.Line lineA = pcs.lines().stream()
                .filter(l -> l.unit().unitId() == a)
                .findFirst()
                .orElseThrow();
        assertThat(lineA.numerator()).isEqualByComparingTo("40");
        assertThat(lineA.denominator()).isEqualByComparingTo("50");
        assertThat(lineA.value()).isEqualByComparingTo("0.8");
    }

    @Test
    void anUnknownIndicatorOrPeriodIsNotFound() {
        assertThatThrownBy(() -> rollups.drilldown(period, "XX99", RollupScope.ALL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rollups.rollup(987654L, RollupScope.ALL)).isInstanceOf(NotFoundException.class);
    }

    private static BigDecimal value(Rollup rollup, String code) {
        return rollup.figure(code).orElseThrow().value();
    }

    private static void assertFigure(Rollup rollup, String code, String numerator, String denominator) {
        Figure figure = rollup.figure(code).orElseThrow();
        assertThat(figure.numerator()).as(code + " numerator").isEqualByComparingTo(numerator);
        assertThat(figure.denominator()).as(code + " denominator").isEqualByComparingTo(denominator);
    }
}
