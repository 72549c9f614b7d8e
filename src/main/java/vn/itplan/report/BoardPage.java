package vn.itplan.report;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * The completeness board's page: the period, its counts over every expected unit (never narrowed by the selection),
 * and one page of the units that match the selection ({@code rows.getTotalElements()} of them match).
 */
record BoardPage(
        PeriodLabel period,
        LocalDate dueDate,
        boolean periodOpen,
        BoardCounts counts,
        Page<BoardRow> rows,
        List<PeriodLabel> periods,
        LocalDate today) {}
