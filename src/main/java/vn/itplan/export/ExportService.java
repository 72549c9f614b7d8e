package vn.itplan.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.plan.Plan;
import vn.itplan.plan.PlanFiguresService;
import vn.itplan.plan.PlanService;

/**
 * The plan as files: {@code KH-263-UBND-2015.docx}, the plan laid out as a Vietnamese administrative
 * document, and {@code KH-263-UBND-2015.xlsx}, its figures, units, targets and tasks as spreadsheets. Reads the plan
 * through {@link PlanService} and {@link PlanFiguresService} only; a missing plan is a NotFoundException.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class ExportService {

    private final PlanService plans;
    private final PlanFiguresService figures;
    private final ExportText text;

    public ExportFile document(Long planId) {
        PlanExport export = load(planId);
        byte[] bytes = write(() -> new PlanDocumentWriter(text, export).write());
        return new ExportFile(FileNames.baseName(export.plan()) + ".docx", ExportFile.DOCX, bytes);
    }

    public ExportFile tables(Long planId) {
        PlanExport export = load(planId);
        byte[] bytes = write(() -> new PlanTablesWriter(text, export).write());
        return new ExportFile(FileNames.baseName(export.plan()) + ".xlsx", ExportFile.XLSX, bytes);
    }

    PlanExport load(Long planId) {
        Plan plan = plans.get(planId);
        return new PlanExport(
                plan,
                plans.legalBases(planId),
                plans.sections(planId),
                plans.tasks(planId),
                plans.budget(planId),
                ExportFigures.of(figures.figures(planId)));
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
