package vn.itplan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestYearsTest {

    @Test
    void yearsAreHandedOutOnceEvenToParallelCallersAndStayInTheirRanges() {
        Set<Integer> periods = ConcurrentHashMap.newKeySet();
        List<Integer> handedOut = IntStream.range(0, 200)
                .parallel()
                .map(i -> TestYears.periodYear())
                .boxed()
                .toList();
        periods.addAll(handedOut);

        assertThat(periods).hasSize(200).allMatch(y -> y >= TestYears.FIRST_PERIOD_YEAR);
        int plan = TestYears.planYear();
        assertThat(plan)
                .isBetween(TestYears.FIRST_PLAN_YEAR, TestYears.LAST_PLAN_YEAR)
                .isNotIn(periods);
        assertThat(TestYears.planYear()).isNotEqualTo(plan);
    }
}
