package vn.itplan.export;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.plan.Plan;
import vn.itplan.plan.PlanService;
import vn.itplan.plan.PlanSnapshot;
import vn.itplan.plan.PlanSnapshots;

/**
 * The plan as files: {@code KH-263-UBND-2015.docx}, the plan laid out as a Vietnamese administrative document, and
 * {@code KH-263-UBND-2015.xlsx}, its figures, units, targets and tasks as spreadsheets. An issued plan's files are
 * those of its snapshot, taken when it was issued ({@link ExportSnapshots}); a draft's are written from the figures
 * of the moment they are asked for. A missing plan is a NotFoundException.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class ExportService {

    private final PlanService plans;
    private final PlanExports exports;
    private final PlanSnapshots snapshots;
    private final ExportSnapshots freezer;

    public ExportFile document(Long planId) {
        Plan plan = plans.get(planId);
        String name = FileNames.baseName(plan) + ".docx";
        byte[] bytes = plan.isIssued() ? frozen(planId).docx() : exports.docx(exports.load(planId));
        return new ExportFile(name, ExportFile.DOCX, bytes);
    }

    public ExportFile tables(Long planId) {
        Plan plan = plans.get(planId);
        String name = FileNames.baseName(plan) + ".xlsx";
        byte[] bytes = plan.isIssued() ? frozen(planId).xlsx() : exports.xlsx(exports.load(planId));
        return new ExportFile(name, ExportFile.XLSX, bytes);
    }

    /** The issued plan's snapshot; one is taken now for a plan issued before snapshots existed. */
    private PlanSnapshot frozen(Long planId) {
        return snapshots.find(planId).orElseGet(() -> freezer.freezeLate(planId));
    }
}
