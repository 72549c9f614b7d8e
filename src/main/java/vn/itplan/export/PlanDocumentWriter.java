package vn.itplan.export;

import java.io.IOException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a plan as a Vietnamese administrative document (NĐ 30/2020/NĐ-CP; TT 01/2011/TT-BNV, see
 * src/docs/domain.md): A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman 13–14 pt. The
 * portrait part holds the heading block, the title, the text ({@link PlanDocumentContent}) and the signature; the
 * appendix of tasks follows on landscape pages ({@link PlanDocumentLayout}). Page numbers at the top centre from
 * page 2, as the decree asks. The Word mechanics are in {@link WordDocument}.
 */
final class PlanDocumentWriter {

    private final ExportText text;
    private final PlanExport export;

    PlanDocumentWriter(ExportText text, PlanExport export) {
        this.text = text;
        this.export = export;
    }

    byte[] write() throws IOException {
        try (WordDocument word = new WordDocument()) {
            var plan = export.plan();
            word.defaults(plan.getTitle(), plan.getNumber(), plan.getIssuer());
            PlanDocumentLayout layout = new PlanDocumentLayout(word, text, export);
            if (plan.isDraft()) {
                layout.draftMark();
            }
            layout.heading();
            layout.title();
            new PlanDocumentContent(word, text, export).body();
            layout.signature();
            CTSectPr portrait = word.endPortraitSection();
            layout.appendix();
            layout.sources();
            word.lastSectionLandscape();
            word.pageNumbers(portrait);
            return word.bytes();
        }
    }
}
