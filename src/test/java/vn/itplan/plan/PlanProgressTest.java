package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.itplan.indicator.Aggregation;
import vn.itplan.indicator.Indicator;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.ReportingPeriod;
import vn.itplan.rollup.Coverage;
import vn.itplan.rollup.Figure;

/** Target status rules: achieved, on track (progress keeps pace with the year), behind, partial data, no data. */
class PlanProgressTest {

    static PlanViews.TargetView target(String code, String baseline, String goal) {
        Indicator indicator = new Indicator(code, code, code, "%", Aggregation.RATIO);
        PlanTarget target = new PlanTarget();
        ReflectionTestUtils.setField(target, "baselineValue", baseline == null ? null : new BigDecimal(baseline));
        ReflectionTestUtils.setField(target, "targetValue", new BigDecimal(goal));
        return new PlanViews.TargetView(target, indicator);
    }

    static Figure ratio(String code, String value, int approved, int expected) {
        return new Figure(
                code,
                Aggregation.RATIO,
                true,
                null,
                null,
                new BigDecimal(value),
                new Coverage(expected, approved, List.of()));
    }

    static ReportingPeriod quarter(int seq) {
        LocalDate end = LocalDate.of(2015, seq * 3, 1)
                .withDayOfMonth(LocalDate.of(2015, seq * 3, 1).lengthOfMonth());
        return new ReportingPeriod(
                2015, PeriodKind.QUARTERLY, seq, end.withDayOfMonth(1).minusMonths(2), end, end.plusDays(10));
    }

    @Test
    void statusFollowsTheRules() {
        PlanViews.TargetView ud03 = target("UD03", "30", "60");

        assertThat(PlanFiguresService.status(ud03, ratio("UD03", "61", 29, 29), quarter(1)))
                .isEqualTo(ProgressStatus.ACHIEVED);
        // Q2 ends on 30/06: 181 of 365 days = 0,4959 of the year; progress (45-30)/(60-30) = 0,5 keeps pace
        assertThat(PlanFiguresService.status(ud03, ratio("UD03", "45", 29, 29), quarter(2)))
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(PlanFiguresService.status(ud03, ratio("UD03", "44", 29, 29), quarter(2)))
                .isEqualTo(ProgressStatus.BEHIND);
        assertThat(PlanFiguresService.status(ud03, ratio("UD03", "44", 10, 29), quarter(2)))
                .isEqualTo(ProgressStatus.PARTIAL_DATA);
        assertThat(PlanFiguresService.status(ud03, null, null)).isEqualTo(ProgressStatus.NO_DATA);
        // formulas are data: an indicator without a formula in the year has no figure in the roll-up
        assertThat(PlanFiguresService.status(target("XX01", null, "5"), null, quarter(4)))
                .as("an indicator the roll-up does not compute")
                .isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void elapsedShareOfTheYear() {
        assertThat(PlanFiguresService.elapsedShareOfYear(quarter(1))).isEqualByComparingTo("0.2466"); // 90 / 365
        assertThat(PlanFiguresService.elapsedShareOfYear(quarter(4))).isEqualByComparingTo("1");
    }
}
