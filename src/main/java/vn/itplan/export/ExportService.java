package vn.itplan.export;

import java.util.function.Function;
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
    private final ExportText text;

    public ExportFile document(Long planId) {
        return file(planId, ".docx", ExportFile.DOCX, PlanSnapshot::docx, exports::docx);
    }

    public ExportFile tables(Long planId) {
        return file(planId, ".xlsx", ExportFile.XLSX, PlanSnapshot::xlsx, exports::xlsx);
    }

    /** One of the plan's files: the issued plan's from its snapshot, a draft's written now. */
    private ExportFile file(
            Long planId,
            String extension,
            String contentType,
            Function<PlanSnapshot, byte[]> issued,
            Function<PlanExport, byte[]> draft) {
        Plan plan = plans.get(planId);
        byte[] bytes = plan.isIssued() ? issued.apply(frozen(planId)) : draft.apply(exports.load(planId));
        return new ExportFile(FileNames.baseName(plan) + extension, contentType, bytes);
    }

    /**
     * A draft as the browser preview shows it: the words above the text and the text's blocks, written by the same
     * {@link PlanDocumentContent} as the .docx from one reading of the figures. Empty for an issued plan, whose
     * document is the frozen file.
     */
    java.util.Optional<DocumentPreview> preview(Long planId) {
        Plan plan = plans.get(planId);
        if (plan.isIssued()) {
            return java.util.Optional.empty();
        }
        PlanExport export = exports.load(planId);
        PreviewBlocks blocks = new PreviewBlocks();
        new PlanDocumentContent(blocks, text, export).body();
        return java.util.Optional.of(
                new DocumentPreview(plan, PlanDocumentLayout.front(text, plan), blocks.blocks(), export.takenAt()));
    }

    /** A draft's document as HTML blocks. */
    record DocumentPreview(
            Plan plan,
            PlanDocumentLayout.Front front,
            java.util.List<PreviewBlocks.Block> blocks,
            java.time.Instant takenAt) {}

    /** The issued plan's snapshot; one is taken now for a plan issued before snapshots existed. */
    private PlanSnapshot frozen(Long planId) {
        return snapshots.find(planId).orElseGet(() -> freezer.freezeLate(planId));
    }
}
