package vn.itplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.itplan.report.ReportMeasure;
import vn.itplan.rollup.BuiltInFormulas;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Measures;
import vn.itplan.rollup.Rollup;
import vn.itplan.rollup.RollupScope;
import vn.itplan.rollup.UnitRow;
import vn.itplan.unit.UnitKind;

/** Composite scores computed by hand: weights UD04 = 2, HT03 = 1, HT01 = 1. */
class RankingCalculatorTest {

    private final RankingCalculator calculator = new RankingCalculator(new RankingProperties(weights()));

    static Map<String, BigDecimal> weights() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("UD04", new BigDecimal("2"));
        weights.put("HT03", BigDecimal.ONE);
        weights.put("HT01", BigDecimal.ONE);
        return weights;
    }

    /** staff, pcs, pcs with Internet, eOffice yes/no. */
    static UnitRow unit(long id, String name, String state, int staff, int pcs, int internet, boolean eoffice) {
        Measures m = new Measures(
                BigDecimal.ONE,
                Map.of(
                        ReportMeasure.STAFF,
                        n(staff),
                        ReportMeasure.PCS,
                        n(pcs),
                        ReportMeasure.PCS_INTERNET,
                        n(internet),
                        ReportMeasure.UNITS_WITH_EOFFICE,
                        n(eoffice ? 1 : 0)));
        return new UnitRow(
                id,
                "U" + id,
                name,
                UnitKind.SO,
                id,
                state,
                m,
                BuiltInFormulas.figures(m, new Coverage(1, "APPROVED".equals(state) ? 1 : 0, List.of())));
    }

    static Rollup rollup(UnitRow... units) {
        return new Rollup(
                null,
                RollupScope.ALL,
                new Coverage(units.length, units.length, List.of()),
                List.of(units),
                Map.of(),
                Map.of(),
                Map.of());
    }

    @Test
    void scoresAreWeightedNormalisedValues() {
        // A: eOffice 1, Internet 90/100 = 0.9, PCs/staff 100/100 = 1.0 (best) -> (2*1 + 0.9 + 1) / 4 = 0.975
        // B: eOffice 0, Internet 50/50 = 1.0, PCs/staff 50/100 = 0.5 -> 0.5 of best 1.0 -> (0 + 1 + 0.5) / 4 = 0.375
        // C: not approved -> not ranked
        Ranking ranking = calculator.rank(
                rollup(
                        unit(1, "A", "APPROVED", 100, 100, 90, true),
                        unit(2, "B", "APPROVED", 100, 50, 50, false),
                        unit(3, "C", "SUBMITTED", 100, 100, 100, true)),
                null);

        assertThat(ranking.entries()).extracting(Ranking.Entry::name).containsExactly("A", "B");
        assertThat(ranking.entries().get(0).score()).isEqualByComparingTo("0.975");
        assertThat(ranking.entries().get(1).score()).isEqualByComparingTo("0.375");
        assertThat(ranking.entries().get(1).components().get("HT01")).isEqualByComparingTo("0.5");
        assertThat(ranking.unranked()).extracting(Ranking.Unranked::name).containsExactly("C");
        assertThat(ranking.entries().get(0).change()).isNull();
    }

    @Test
    void equalScoresShareARankAndChangesComeFromThePreviousYear() {
        Rollup previous = rollup(
                unit(1, "A", "APPROVED", 100, 50, 50, false),
                unit(2, "B", "APPROVED", 100, 100, 100, true),
                unit(3, "C", "APPROVED", 100, 10, 10, false));
        Rollup current = rollup(
                unit(1, "A", "APPROVED", 100, 100, 100, true),
                unit(2, "B", "APPROVED", 100, 100, 100, true),
                unit(3, "C", "APPROVED", 100, 10, 5, false));

        Ranking ranking = calculator.rank(current, previous);

        assertThat(ranking.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 1, 3);
        Ranking.Entry a = ranking.of(1L).orElseThrow();
        assertThat(a.previousRank()).isEqualTo(2);
        assertThat(a.change()).isEqualTo(1);
        assertThat(ranking.of(2L).orElseThrow().change()).isZero();
        assertThat(ranking.of(3L).orElseThrow().change()).isZero();
    }

    @Test
    void weightsMustBePositive() {
        // indicators are data: a weight may name one defined later; until then it counts 0
        assertThat(new RankingCalculator(new RankingProperties(Map.of("XX01", BigDecimal.ONE))).weights())
                .containsKey("XX01");
        assertThatThrownBy(() -> new RankingCalculator(new RankingProperties(Map.of("HT01", BigDecimal.ZERO))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HT01");
    }

    private static BigDecimal n(int value) {
        return BigDecimal.valueOf(value);
    }
}
