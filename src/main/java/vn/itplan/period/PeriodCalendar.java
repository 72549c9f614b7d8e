package vn.itplan.period;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The default calendar of a period (Decree 09/2019/NĐ-CP Art. 12): a quarter covers its three months and its data
 * are cut off from the 15th of the month before it to the 14th of its last month; a half-year from 15/12 (15/6) to
 * 14/6 (14/12); a year from 15/12 of the year before to 14/12. Units report {@link #UNIT_DAYS} working days after
 * the cut-off (the decree asks for at least one), the province's IT department to the People's Committee
 * {@link #PROVINCE_DAYS} and the province to the ministry {@link #MINISTRY_DAYS} working days after it.
 */
public record PeriodCalendar(
        LocalDate startDate,
        LocalDate endDate,
        LocalDate cutoffFrom,
        LocalDate cutoffTo,
        LocalDate dueDate,
        LocalDate dueDateProvince,
        LocalDate dueDateMinistry) {

    static final int UNIT_DAYS = 2;
    static final int PROVINCE_DAYS = 4;
    static final int MINISTRY_DAYS = 6;

    static PeriodCalendar defaults(int year, PeriodKind kind, int seq, WorkingDays.Calendar days) {
        int months = 12 / kind.perYear();
        YearMonth first = YearMonth.of(year, (seq - 1) * months + 1);
        YearMonth last = first.plusMonths(months - 1);
        LocalDate cutoffFrom = first.minusMonths(1).atDay(15);
        LocalDate cutoffTo = last.atDay(14);
        return new PeriodCalendar(
                first.atDay(1),
                last.atEndOfMonth(),
                cutoffFrom,
                cutoffTo,
                days.plus(cutoffTo, UNIT_DAYS),
                days.plus(cutoffTo, PROVINCE_DAYS),
                days.plus(cutoffTo, MINISTRY_DAYS));
    }
}
