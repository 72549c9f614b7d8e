package vn.itplan.report;

import java.time.LocalDate;
import java.util.List;

/** The completeness board of one period, and the periods one can switch to. */
public record Board(
        PeriodLabel period,
        LocalDate dueDate,
        boolean periodOpen,
        BoardCounts counts,
        List<BoardRow> rows,
        List<PeriodLabel> periods,
        LocalDate today) {}
