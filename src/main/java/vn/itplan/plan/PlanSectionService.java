package vn.itplan.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditText;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.SearchText;
import vn.itplan.web.StaleEditException;

/** A plan's text: a tree of sections with free numbering, edited, inserted, moved among siblings and deleted. */
@RequiredArgsConstructor
@Service
@Transactional
class PlanSectionService implements PlanItems.Ordered {

    private final PlanSectionRepository sections;
    private final PlanDrafts drafts;

    /**
     * Adds a section (under {@code parentId}, after {@code afterId} or last) or edits one. Parent, sibling and section
     * ids that are not this plan's are 404.
     */
    @StaffOnly
    PlanSection save(Long planId, SectionForm form, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        String heading = PlanText.oneLine(form.getHeading());
        String title = PlanText.oneLine(form.getTitle());
        String body = PlanText.text(form.getBody());
        if (!form.isNew()) {
            PlanSection section = find(all, form.getId());
            StaleEditException.check("section", section.getId(), form.getVersion(), section.getVersion());
            ChangeLog changes = new ChangeLog()
                    .change("heading", section.getHeading(), heading)
                    .change("title", section.getTitle(), title)
                    .changeText("body", section.getBody(), body);
            if (!changes.isEmpty()) {
                section.rewrite(heading, title, body);
                drafts.record(
                        user,
                        "SECTION_UPDATED",
                        planId,
                        plan.getNumber() + ": " + section.fullTitle() + " (" + changes.fields() + ")",
                        changes);
            }
            return section;
        }
        Long parentId = form.getParentId();
        if (parentId != null) {
            find(all, parentId);
        }
        List<PlanSection> siblings = children(all, parentId);
        int at = siblings.size();
        if (form.getAfterId() != null) {
            PlanSection after = find(all, form.getAfterId());
            if (!Objects.equals(after.getParentId(), parentId)) {
                throw new NotFoundException("sibling section", form.getAfterId());
            }
            at = siblings.indexOf(after) + 1;
        }
        PlanSection section = new PlanSection(planId, parentId, at + 1, heading, title, body);
        siblings.add(at, section);
        Positions.renumber(siblings, PlanSection::moveTo);
        section = sections.save(section);
        drafts.record(user, "SECTION_ADDED", planId, plan.getNumber() + ": " + section.fullTitle());
        return section;
    }

    /**
     * Puts generated current-status text into the plan: replaces the body of the section generated for this part
     * before, or adds a section for it under section II (created when the plan has none).
     */
    @StaffOnly
    PlanSection insertNarrative(
            Long planId,
            NarrativePart part,
            String text,
            String newSectionTitle,
            String statusSectionTitle,
            CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        String body = PlanText.text(text);
        PlanSection existing = all.stream()
                .filter(s -> s.getGeneratedPart() == part)
                .findFirst()
                .orElse(null);
        if (existing != null) {
            if (!Objects.equals(existing.getBody(), body)) {
                drafts.record(
                        user,
                        "SECTION_REGENERATED",
                        planId,
                        plan.getNumber() + ": " + existing.fullTitle(),
                        new ChangeLog()
                                .change("body", PlanText.abbreviate(existing.getBody()), PlanText.abbreviate(body)));
                existing.regenerate(body);
            }
            return existing;
        }
        PlanSection status = all.stream()
                .filter(s -> s.getParentId() == null && isStatusSection(s))
                .findFirst()
                .orElseGet(() -> sections.save(new PlanSection(
                        planId, null, children(all, null).size() + 1, "II.", statusSectionTitle, null)));
        PlanSection section = sections.save(PlanSection.generated(
                planId, status.getId(), children(all, status.getId()).size() + 1, newSectionTitle, body, part));
        drafts.record(user, "SECTION_GENERATED", planId, plan.getNumber() + ": " + section.fullTitle());
        return section;
    }

    /** Section II of a plan: numbered "II." or titled "Hiện trạng ...". */
    private static boolean isStatusSection(PlanSection section) {
        return "II."
                        .equals(
                                section.getHeading() == null
                                        ? null
                                        : section.getHeading().strip())
                || SearchText.fold(section.getTitle()).startsWith("hien trang");
    }

    @Override
    @StaffOnly
    public void move(Long planId, Long sectionId, boolean up, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        PlanSection section = find(all, sectionId);
        Positions.move(children(all, section.getParentId()), section, up, PlanSection::moveTo)
                .ifPresent(move -> drafts.recordMove(user, "SECTION_MOVED", plan, section.fullTitle(), move));
    }

    /** Deletes the section and everything under it; returns how many sections went. */
    @Override
    @StaffOnly
    public int delete(Long planId, Long sectionId, CurrentUser user) {
        Plan plan = drafts.lockDraft(planId);
        List<PlanSection> all = sections.findByPlanIdOrderByPositionAscIdAsc(planId);
        PlanSection section = find(all, sectionId);
        Map<Long, List<Long>> children = new HashMap<>();
        all.forEach(s -> children.computeIfAbsent(s.getParentId(), k -> new ArrayList<>())
                .add(s.getId()));
        Set<Long> doomed = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(sectionId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (doomed.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        String title = section.fullTitle();
        sections.deleteByIds(doomed);
        drafts.record(
                user,
                "SECTION_DELETED",
                planId,
                AuditText.of("audit.summary.plan.sectionDeleted", plan.getNumber(), title, doomed.size() - 1));
        return doomed.size();
    }

    /** The sections under {@code parentId} (null: the top level) in their order, as a list to reorder. */
    private static List<PlanSection> children(List<PlanSection> all, Long parentId) {
        return new ArrayList<>(all.stream()
                .filter(s -> Objects.equals(s.getParentId(), parentId))
                .toList());
    }

    private static PlanSection find(List<PlanSection> all, Long id) {
        return all.stream()
                .filter(s -> s.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("section", id));
    }
}
