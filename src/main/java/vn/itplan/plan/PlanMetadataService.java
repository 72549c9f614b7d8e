package vn.itplan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.period.PeriodKind;
import vn.itplan.period.PeriodService;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;

/** A plan's metadata: a new draft, and edits of a draft's number, title, dates, signer and baseline period. */
@RequiredArgsConstructor
@Service
@Transactional
class PlanMetadataService {

    static final String UNIQUE_NUMBER = "uq_plan_number";

    private final PlanRepository plans;
    private final PlanDrafts drafts;
    private final PlanSectionRepository sections;
    private final PeriodService periods;
    private final Clock clock;

    /** The form for a new plan: this year's, built on last year's annual reports when that period exists. */
    @StaffOnly
    @Transactional(readOnly = true)
    PlanForm blankForm() {
        int year = LocalDate.now(clock).getYear();
        PlanForm form = PlanForm.blank(year);
        periods.find(year - 1, PeriodKind.ANNUAL, 1).ifPresent(p -> form.setBaselinePeriodId(p.getId()));
        return form;
    }

    /**
     * The rules beyond the form's own: effective no earlier than issued, a known baseline period, and a number the
     * issuer has not used that year (revisions of the same plan share it). {@code planId} is null for a new plan.
     */
    @Transactional(readOnly = true)
    Problems check(PlanDetails details, Long planId) {
        Problems problems = new Problems();
        if (details.issueDate() != null
                && details.effectiveDate() != null
                && details.effectiveDate().isBefore(details.issueDate())) {
            problems.reject("effectiveDate", "plan.effectiveBeforeIssue");
        }
        if (details.baselinePeriodId() != null
                && periods.findAll().stream().noneMatch(p -> p.getId().equals(details.baselinePeriodId()))) {
            problems.reject("baselinePeriodId", "plan.baselinePeriod.unknown");
        }
        if (details.number() != null) {
            Set<Long> chain = planId == null ? Set.of() : ancestorsAndSelf(planId);
            boolean taken =
                    plans
                            .findByIssuerAndYearAndNumberIgnoreCase(details.issuer(), details.year(), details.number())
                            .stream()
                            .anyMatch(other -> !chain.contains(other.getId()));
            if (taken) {
                problems.add(duplicateNumber(details));
            }
        }
        return problems;
    }

    @StaffOnly
    Plan create(PlanForm form, CurrentUser user) {
        PlanDetails details = form.details();
        check(details, null).throwIfAny();
        Plan plan = UniqueKeys.saveOrReject(
                UNIQUE_NUMBER, duplicateNumber(details), () -> plans.saveAndFlush(new Plan(details)));
        drafts.record(
                user, "PLAN_CREATED", plan.getId(), plan.getNumber() + " (" + plan.getYear() + "): " + plan.getTitle());
        if (form.isOutline()) {
            addOutline(plan.getId());
            drafts.record(user, "PLAN_OUTLINE_ADDED", plan.getId(), plan.getNumber() + ": standard outline I–VII");
        }
        return plan;
    }

    /** The standard outline as the new plan's sections (headings are computed from the tree). */
    private void addOutline(Long planId) {
        int position = 1;
        for (StandardOutline.Part part : StandardOutline.PARTS) {
            PlanSection saved = sections.save(new PlanSection(planId, null, position++, null, part.title(), null));
            int clause = 1;
            for (String title : part.clauses()) {
                sections.save(new PlanSection(planId, saved.getId(), clause++, null, title, null));
            }
        }
    }

    @StaffOnly
    void update(Long planId, PlanForm form, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        StaleEditException.check("plan", planId, form.getVersion(), plan.getVersion());
        PlanDetails details = form.details();
        check(details, planId).throwIfAny();
        PlanDetails before = plan.details();
        ChangeLog changes = new ChangeLog()
                .change("number", before.number(), details.number())
                .change("title", before.title(), details.title())
                .change("year", before.year(), details.year())
                .change("issueDate", before.issueDate(), details.issueDate())
                .change("effectiveDate", before.effectiveDate(), details.effectiveDate())
                .change("issuer", before.issuer(), details.issuer())
                .change("signer", before.signer(), details.signer())
                .change("signerTitle", before.signerTitle(), details.signerTitle())
                .change("fields", before.fields(), details.fields())
                .change("baselinePeriodId", before.baselinePeriodId(), details.baselinePeriodId())
                .change("recipients", oneLine(before.recipients()), oneLine(details.recipients()));
        if (changes.isEmpty()) {
            return;
        }
        plan.edit(details);
        UniqueKeys.saveOrReject(UNIQUE_NUMBER, duplicateNumber(details), () -> plans.saveAndFlush(plan));
        drafts.record(user, "PLAN_UPDATED", planId, plan.getNumber() + ": " + changes.fields(), changes);
    }

    /** Recipients, one a line, as one line of the change log: "A / B / C". */
    private static String oneLine(String lines) {
        return lines == null ? null : String.join(" / ", lines.lines().toList());
    }

    private static Problem duplicateNumber(PlanDetails details) {
        return Problem.field("number", "plan.number.duplicate", details.number(), String.valueOf(details.year()));
    }

    /** A revision keeps the number of the plan it revises: those plans are not duplicates of it. */
    Set<Long> ancestorsAndSelf(Long planId) {
        Set<Long> ids = new HashSet<>();
        Plan current = plans.findById(planId).orElse(null);
        while (current != null && ids.add(current.getId())) {
            current = current.getRevisionOf() == null
                    ? null
                    : plans.findById(current.getRevisionOf()).orElse(null);
        }
        return ids;
    }
}
