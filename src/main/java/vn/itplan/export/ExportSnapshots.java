package vn.itplan.export;

import java.time.Instant;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.itplan.plan.PlanIssued;
import vn.itplan.plan.PlanService;
import vn.itplan.plan.PlanSnapshot;
import vn.itplan.plan.PlanSnapshots;

/**
 * Freezes an issued plan: its .docx, its .xlsx and its page's figures panel, all written from one
 * {@link PlanExport} (one reading of the figures), stored through {@link PlanSnapshots}. Taken when the plan is
 * issued, in the issuing transaction; for a plan issued before snapshots existed, the first time it is asked for.
 */
@RequiredArgsConstructor
@Component
class ExportSnapshots {

    private final PlanExports exports;
    private final PlanSnapshots snapshots;
    private final ExportText text;
    private final ITemplateEngine templates;
    private final PlanService plans;

    @EventListener
    public void onIssued(PlanIssued issued) {
        snapshots.store(take(issued.planId()));
    }

    /**
     * At start-up, freezes the plans issued before snapshots existed (the demo's 263/KH-UBND among them), so that
     * their page and files stop following later approvals from now on. Idempotent: the first snapshot stays. Such a
     * snapshot is dated by the plan's issue moment when it is known (the demo data records it), as the signed
     * document was; else by the moment it is taken.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void freezeOlderPlans() {
        for (Long planId : snapshots.issuedWithout()) {
            snapshots.store(takeLate(planId));
        }
    }

    /** A snapshot of a plan issued before snapshots existed (or the one another request stored meanwhile). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public PlanSnapshot freezeLate(Long planId) {
        snapshots.store(takeLate(planId));
        return snapshots.find(planId).orElseThrow();
    }

    private PlanSnapshot take(Long planId) {
        return snapshot(planId, exports.load(planId));
    }

    private PlanSnapshot takeLate(Long planId) {
        Instant issuedAt = plans.get(planId).getIssuedAt();
        return snapshot(planId, issuedAt == null ? exports.load(planId) : exports.load(planId, issuedAt));
    }

    private PlanSnapshot snapshot(Long planId, PlanExport export) {
        return new PlanSnapshot(
                planId, export.takenAt(), exports.docx(export), exports.xlsx(export), figuresHtml(export));
    }

    /** The figures panel of the issued plan's page, in the document's language. */
    String figuresHtml(PlanExport export) {
        Context context = new Context(ExportText.VI, Map.of("view", FiguresView.of(export, text)));
        return templates.process("export/figures", java.util.Set.of("frozen"), context);
    }
}
