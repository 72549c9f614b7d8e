package vn.itplan.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decree's default calendar and working days (Decree 09/2019 Art. 12). */
class PeriodCalendarTest {

    static final WorkingDays.Calendar NO_ENTERED = new WorkingDays.Calendar(Set.of());

    @Test
    void aQuarterIsCutOffFromThe15thBeforeItToThe14thOfItsLastMonth() {
        PeriodCalendar q1 = PeriodCalendar.defaults(2016, PeriodKind.QUARTERLY, 1, NO_ENTERED);
        assertThat(q1.startDate()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(q1.endDate()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(q1.cutoffFrom()).isEqualTo(LocalDate.of(2015, 12, 15));
        assertThat(q1.cutoffTo()).isEqualTo(LocalDate.of(2016, 3, 14));
        // 14/3/2016 is a Monday: units by Wednesday, the committee by Friday, the ministry by the Tuesday after
        assertThat(q1.dueDate()).isEqualTo(LocalDate.of(2016, 3, 16));
        assertThat(q1.dueDateProvince()).isEqualTo(LocalDate.of(2016, 3, 18));
        assertThat(q1.dueDateMinistry()).isEqualTo(LocalDate.of(2016, 3, 22));

        PeriodCalendar q4 = PeriodCalendar.defaults(2016, PeriodKind.QUARTERLY, 4, NO_ENTERED);
        assertThat(q4.cutoffFrom()).isEqualTo(LocalDate.of(2016, 9, 15));
        assertThat(q4.cutoffTo()).isEqualTo(LocalDate.of(2016, 12, 14));
    }

    @Test
    void aYearAndAHalfYearFollowTheDecreesTable() {
        PeriodCalendar year = PeriodCalendar.defaults(2016, PeriodKind.ANNUAL, 1, NO_ENTERED);
        assertThat(year.cutoffFrom()).isEqualTo(LocalDate.of(2015, 12, 15));
        assertThat(year.cutoffTo()).isEqualTo(LocalDate.of(2016, 12, 14));
        PeriodCalendar half = PeriodCalendar.defaults(2016, PeriodKind.SEMI_ANNUAL, 1, NO_ENTERED);
        assertThat(half.cutoffFrom()).isEqualTo(LocalDate.of(2015, 12, 15));
        assertThat(half.cutoffTo()).isEqualTo(LocalDate.of(2016, 6, 14));
        assertThat(half.endDate()).isEqualTo(LocalDate.of(2016, 6, 30));
    }

    @Test
    void weekendsFixedHolidaysAndEnteredDaysAreNotWorkingDays() {
        WorkingDays.Calendar days = new WorkingDays.Calendar(Set.of(LocalDate.of(2016, 4, 18)));
        assertThat(days.isWorkingDay(LocalDate.of(2016, 4, 16))).isFalse(); // Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2016, 4, 18))).isFalse(); // entered (Hùng Kings)
        assertThat(days.isWorkingDay(LocalDate.of(2016, 9, 2))).isFalse(); // National Day
        assertThat(days.isWorkingDay(LocalDate.of(2016, 4, 19))).isTrue();
        // Friday 15/4 + 1 working day skips the weekend and the entered Monday
        assertThat(days.plus(LocalDate.of(2016, 4, 15), 1)).isEqualTo(LocalDate.of(2016, 4, 19));
        assertThat(days.until(LocalDate.of(2016, 4, 15), LocalDate.of(2016, 4, 20)))
                .isEqualTo(2);
        assertThat(days.until(LocalDate.of(2016, 4, 20), LocalDate.of(2016, 4, 20)))
                .isZero();
    }
}
