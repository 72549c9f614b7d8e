package vn.itplan.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days: Monday to Friday, less the fixed national holidays (Labour Code 2019 Art. 112: 1/1, 30/4, 1/5, 2/9
 * and 1/9) and the days staff enter per year (Tết, the Hùng Kings' day, swapped days). Due dates are counted in
 * working days ("at least one working day after the cut-off", Decree 09/2019 Art. 12).
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class WorkingDays {

    static final Set<MonthDay> FIXED_HOLIDAYS =
            Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 1), MonthDay.of(9, 2));

    private final HolidayRepository holidays;

    /** The calendar of the days between {@code from} and {@code to} (one query), to ask many questions of. */
    public Calendar calendar(LocalDate from, LocalDate to) {
        return new Calendar(holidays.findByDateBetweenOrderByDate(from, to).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toSet()));
    }

    /** A calendar wide enough for the due dates around {@code date} (a year either side). */
    public Calendar around(LocalDate date) {
        return calendar(date.minusYears(1), date.plusYears(1));
    }

    /** Which days are off: weekends, fixed holidays and the entered ones it was loaded with. */
    public record Calendar(Set<LocalDate> entered) {

        public boolean isWorkingDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !FIXED_HOLIDAYS.contains(MonthDay.from(day))
                    && !entered.contains(day);
        }

        /** The {@code n}th working day after {@code day} ({@code n} ≥ 1). */
        public LocalDate plus(LocalDate day, int n) {
            LocalDate result = day;
            int left = n;
            while (left > 0) {
                result = result.plusDays(1);
                if (isWorkingDay(result)) {
                    left--;
                }
            }
            return result;
        }

        /**
         * Working days from the day after {@code today} to {@code due}, both counted: 1 when {@code due} is the next
         * working day; 0 when it is today or past.
         */
        public int until(LocalDate today, LocalDate due) {
            int count = 0;
            for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
                if (isWorkingDay(day)) {
                    count++;
                }
            }
            return count;
        }
    }
}
