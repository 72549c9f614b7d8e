package vn.itplan.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.indicator.IndicatorService;
import vn.itplan.plan.NarrativePart;
import vn.itplan.plan.Plan;
import vn.itplan.plan.PlanFigures;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.plan.PlanService;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.plan.PreviousYearResults;
import vn.itplan.report.ReportBoardService;
import vn.itplan.report.ReportState;
import vn.itplan.rollup.Narrative;
import vn.itplan.rollup.NarrativeService;
import vn.itplan.web.PortalClock;

/**
 * Builds a plan's export from the plan as it is now ({@link #load}) and writes it as files. Reads the plan through
 * {@link PlanService} and {@link PlanFiguresService} only; a missing plan is a NotFoundException.
 */
@RequiredArgsConstructor
@Component
@Transactional(readOnly = true)
class PlanExports {

    private final PlanService plans;
    private final PlanFiguresService figures;
    private final NarrativeService narratives;
    private final ExportText text;
    private final ReportBoardService board;
    private final Clock clock;
    private final PreviousYearResults previousYear;
    private final IndicatorService indicators;

    /**
     * The plan with one snapshot of its figures, taken now: the tables and the generated sections' text both come
     * from it. (A generated section's stored text was written when it was inserted, from the figures of that day:
     * printing it beside tables of today's figures is how a document said "11/11 đơn vị" over a table with
     * "12/12". The document never prints the stored text of a generated section.)
     */
    PlanExport load(Long planId) {
        return load(planId, Instant.now(clock));
    }

    /** The same, dated {@code now} ("số liệu tính đến …"). */
    PlanExport load(Long planId, Instant now) {
        Plan plan = plans.get(planId);
        PlanFigures planFigures = figures.figures(planId);
        List<SectionView> sections = plans.sections(planId);
        Map<Long, String> generated = new HashMap<>();
        if (planFigures.baseline() != null) {
            Narrative narrative = narratives.generate(planFigures.baseline(), ExportText.VI);
            for (SectionView s : sections) {
                NarrativePart part = s.section().getGeneratedPart();
                if (part != null && !part.text(narrative).isBlank()) {
                    generated.put(s.section().getId(), part.text(narrative));
                }
            }
        }
        return new PlanExport(
                plan,
                plans.legalBases(planId),
                sections,
                plans.tasks(planId),
                plans.budget(planId),
                ExportFigures.of(planFigures, indicators.frameworkCodes()),
                now,
                generated,
                counted(planFigures),
                previous(plan));
    }

    /**
     * The approved reports the baseline figures count, with the day each was approved (its last change: an approved
     * report is read-only until it is reopened), from the completeness board of the baseline period.
     */
    private List<PlanExport.CountedReport> counted(PlanFigures planFigures) {
        if (planFigures.baselinePeriod() == null) {
            return List.of();
        }
        return board.board(planFigures.baselinePeriod().getId(), null).rows().stream()
                .filter(r -> r.state() == ReportState.APPROVED)
                .map(r -> new PlanExport.CountedReport(
                        r.unitName(),
                        r.updatedAt() == null
                                ? null
                                : r.updatedAt().atZone(PortalClock.ZONE).toLocalDate()))
                .toList();
    }

    /** The issued plan of the year before, with its targets' verdicts and its tasks; null without one. */
    private PlanExport.PreviousResults previous(Plan plan) {
        return previousYear
                .of(plan)
                .map(r -> new PlanExport.PreviousResults(
                        r.plan().getNumber(),
                        r.year(),
                        r.targets().stream().map(ExportFigures::targetLine).toList(),
                        r.met(),
                        r.tasks()))
                .orElse(null);
    }

    byte[] docx(PlanExport export) {
        return write(() -> new PlanDocumentWriter(text, export).write());
    }

    byte[] xlsx(PlanExport export) {
        return write(() -> new PlanTablesWriter(text, export).write());
    }

    private interface Writer {
        byte[] write() throws IOException;
    }

    private static byte[] write(Writer writer) {
        try {
            return writer.write();
        } catch (IOException e) {
            // in memory: only a bug in the writer gets here
            throw new UncheckedIOException(e);
        }
    }
}
