package vn.itplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.plan.IssueChecklist.Item;
import vn.itplan.plan.IssueChecklist.Severity;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.rollup.Coverage;
import vn.itplan.web.SearchText;

/**
 * The checklist before a draft is issued ({@link IssueChecklist}): the number is there, well formed ("263/KH-UBND",
 * numbers below 10 zero-padded, NĐ 30/2020) and not used by another issued plan of the issuer in the year of the
 * issue date (numbering restarts on 1 January); signer and issue date; the leader's sign-off when the rule asks for
 * it; every target passes {@link PlanTargetService#check}; the baseline figures' coverage; the generated text still
 * equal to what the live figures give; no empty section.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class PlanIssueChecks {

    /** n/KH-ISSUER: a sequence number (zero-padded below 10), the type code KH and the issuer's code. */
    static final Pattern NUMBER =
            Pattern.compile("^(0[1-9]|[1-9][0-9]+)/KH-\\p{Lu}[\\p{Lu}0-9&.]*(-[\\p{Lu}0-9&.]+)*$");

    private final PlanRepository plans;
    private final PlanService reads;
    private final PlanMetadataService metadata;
    private final PlanFiguresService figures;
    private final PlanNarrativeService narratives;
    private final PlanTargetService targetRules;
    private final PlanTargetRepository targets;
    private final PlanSettingsService settings;

    public IssueChecklist of(Long planId) {
        Plan plan = reads.get(planId);
        List<Item> items = new ArrayList<>();
        String number = plan.getNumber() == null ? "" : plan.getNumber().strip();
        boolean present = !number.isEmpty() && Character.isDigit(number.charAt(0));
        items.add(item("NUMBER_PRESENT", Severity.BLOCKING, present, number));
        items.add(
                item("NUMBER_FORMAT", Severity.BLOCKING, NUMBER.matcher(number).matches(), number));
        items.add(numberUnique(plan, number));
        items.add(item(
                "SIGNER",
                Severity.BLOCKING,
                plan.getSigner() != null && plan.getSignerTitle() != null,
                plan.getSigner() == null ? "" : plan.getSigner()));
        items.add(item("ISSUE_DATE", Severity.BLOCKING, plan.getIssueDate() != null));
        if (settings.signOffRequired()) {
            items.add(item(
                    "SIGN_OFF",
                    Severity.BLOCKING,
                    plan.isSignedOff(),
                    plan.getSignedOffBy() == null ? "" : plan.getSignedOffBy()));
        }
        items.add(targets(plan));

        PlanFigures live = figures.figures(planId);
        Coverage coverage = live.baseline() == null ? null : live.baseline().coverage();
        items.add(
                coverage == null
                        ? new Item("COVERAGE", Severity.CONFIRM, false, List.of("0", "0"))
                        : item(
                                "COVERAGE",
                                Severity.CONFIRM,
                                !coverage.partial() && !coverage.empty(),
                                String.valueOf(coverage.approved()),
                                String.valueOf(coverage.expected())));
        List<String> stale = narratives.preview(planId, live.baseline(), PlanNarrativeService.VIETNAMESE).stream()
                .filter(PlanNarrativeService.PartPreview::changed)
                .map(p -> p.part().name())
                .toList();
        items.add(new Item("GENERATED_TEXT", Severity.CONFIRM, stale.isEmpty(), List.of(String.join(", ", stale))));
        List<String> empty =
                emptySections(reads.sections(planId), !reads.legalBases(planId).isEmpty());
        items.add(new Item("EMPTY_SECTIONS", Severity.CONFIRM, empty.isEmpty(), List.of(String.join("; ", empty))));
        return new IssueChecklist(items);
    }

    /** No other issued plan of the issuer carries the number in the year of the issue date (revisions excepted). */
    private Item numberUnique(Plan plan, String number) {
        if (plan.getIssueDate() == null || number.isEmpty()) {
            return item("NUMBER_UNIQUE", Severity.BLOCKING, true, number, "");
        }
        int year = plan.getIssueDate().getYear();
        Set<Long> chain = metadata.ancestorsAndSelf(plan.getId());
        List<Plan> same = plans.findByIssuerAndNumberIgnoreCase(plan.getIssuer(), number).stream()
                .filter(p -> !chain.contains(p.getId()) && !descends(p, plan.getId()))
                .filter(p -> p.isIssued()
                        && p.getIssueDate() != null
                        && p.getIssueDate().getYear() == year)
                .toList();
        return item("NUMBER_UNIQUE", Severity.BLOCKING, same.isEmpty(), number, String.valueOf(year));
    }

    /** Whether {@code other} is a later revision of the plan {@code planId}. */
    private boolean descends(Plan other, Long planId) {
        return metadata.ancestorsAndSelf(other.getId()).contains(planId);
    }

    /** Every target passes the same check as when it was saved (its kind's range among them). */
    private Item targets(Plan plan) {
        List<String> wrong = new ArrayList<>();
        for (PlanViews.TargetView view : reads.targets(plan.getId())) {
            PlanTarget target = view.target();
            if (!targetRules.check(plan, target, TargetForm.of(target)).isEmpty()) {
                wrong.add(view.indicator().getCode());
            }
        }
        return new Item("TARGETS", Severity.BLOCKING, wrong.isEmpty(), List.of(String.join(", ", wrong)));
    }

    /**
     * Sections with neither text nor subsections, except those the document fills itself: "Căn cứ" with the legal
     * bases, "Hiện trạng" with the figures, "Mục tiêu" with the targets.
     */
    static List<String> emptySections(List<SectionView> sections, boolean hasBases) {
        List<String> empty = new ArrayList<>();
        for (SectionView s : sections) {
            PlanSection section = s.section();
            if (s.descendants() > 0
                    || (section.getBody() != null && !section.getBody().isBlank())) {
                continue;
            }
            String folded = SearchText.fold(section.getTitle());
            boolean filled = s.depth() == 0
                    && ((hasBases && folded.startsWith("can cu"))
                            || folded.startsWith("hien trang")
                            || folded.startsWith("muc tieu"));
            if (!filled) {
                empty.add(s.fullTitle());
            }
        }
        if (sections.isEmpty()) {
            empty.add("—");
        }
        return empty;
    }

    private static Item item(String code, Severity severity, boolean ok, String... args) {
        return new Item(code, severity, ok, List.of(args));
    }
}
