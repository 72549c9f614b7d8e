package vn.itplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.rollup.Narrative;
import vn.itplan.rollup.NarrativeService;
import vn.itplan.rollup.Rollup;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;

/**
 * The generated "Hiện trạng" text of a plan: a preview in the interface language beside what the plan holds now
 * (sentence by sentence), and its insertion into the section tree, always in Vietnamese, the plan's language.
 */
@RequiredArgsConstructor
@Service
public class PlanNarrativeService {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PlanFiguresService figures;
    private final PlanService plans;
    private final PlanSectionService edits;
    private final NarrativeService narratives;
    private final MessageSource messages;

    /** One part's generated text and how it differs from the section generated before, if any. */
    public record PartPreview(
            NarrativePart part, String text, String vietnamese, String current, List<SentenceDiff.Line> diff) {

        public boolean inserted() {
            return current != null;
        }

        public boolean changed() {
            return current != null && !current.equals(vietnamese);
        }

        public boolean empty() {
            return vietnamese.isBlank();
        }
    }

    @Transactional(readOnly = true)
    public List<PartPreview> preview(Long planId, Rollup baseline, Locale locale) {
        List<PartPreview> parts = new ArrayList<>();
        if (baseline == null) {
            return parts;
        }
        Narrative inUi = narratives.generate(baseline, locale);
        Narrative inVietnamese = "vi".equals(locale.getLanguage()) ? inUi : narratives.generate(baseline, VIETNAMESE);
        List<PlanViews.SectionView> sections = plans.sections(planId);
        for (NarrativePart part : NarrativePart.values()) {
            String current = sections.stream()
                    .map(PlanViews.SectionView::section)
                    .filter(s -> s.getGeneratedPart() == part)
                    .map(PlanSection::getBody)
                    .findFirst()
                    .orElse(null);
            String vietnamese = part.text(inVietnamese);
            parts.add(new PartPreview(
                    part,
                    part.text(inUi),
                    vietnamese,
                    current,
                    current == null ? List.of() : SentenceDiff.between(current, vietnamese)));
        }
        return parts;
    }

    /** Inserts or regenerates one part (drafts only, staff only: PlanSectionService refuses otherwise). */
    @Transactional
    @StaffOnly
    public void insert(Long planId, NarrativePart part, CurrentUser user) {
        PlanFigures planFigures = figures.figures(planId);
        if (planFigures.baseline() == null) {
            throw new PlanStateException(planId, "plan.narrative.noBaseline");
        }
        String text = part.text(narratives.generate(planFigures.baseline(), VIETNAMESE));
        if (text.isBlank()) {
            throw new PlanStateException(planId, "plan.narrative.noData");
        }
        edits.insertNarrative(
                planId,
                part,
                text,
                messages.getMessage(part.titleKey(), null, VIETNAMESE),
                messages.getMessage("plan.narrative.statusSection", null, VIETNAMESE),
                user);
    }
}
