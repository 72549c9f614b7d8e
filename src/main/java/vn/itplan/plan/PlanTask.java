package vn.itplan.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.VersionedEntity;

/** A task or project of the plan's appendix (Phụ lục danh mục nhiệm vụ), with its budget in đồng. */
@Entity
@Table(name = "plan_task")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanTask extends VersionedEntity implements PlanDrafts.Item {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false, length = 500)
    private String name;

    /** Goal and scale (mục tiêu / quy mô). */
    @Column(length = 2000)
    private String goal;

    @Column(name = "lead_unit_id", nullable = false)
    private Long leadUnitId;

    /** Co-operating units (đơn vị phối hợp), ids of the unit catalogue. */
    @ElementCollection
    @CollectionTable(name = "plan_task_unit", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> partnerUnitIds = new LinkedHashSet<>();

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    /** In đồng: the sum of the funding lines, kept here so that sums over tasks need no join. */
    @Column(nullable = false)
    private long budget;

    /** Where the money comes from, one line per source, in the order typed. */
    @ElementCollection
    @CollectionTable(name = "plan_task_funding", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<FundingLine> funding = new ArrayList<>();

    /** Spent so far (kinh phí đã giải ngân), in đồng; null when not reported. */
    @Column(name = "budget_used")
    private Long budgetUsed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskStatus status = TaskStatus.PLANNED;

    /** Per cent done, 0–100. */
    @Column(nullable = false)
    private int progress;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false)
    private int position;

    PlanTask(Long planId, int position, TaskDetails details) {
        this.planId = planId;
        this.position = position;
        edit(details);
    }

    TaskDetails details() {
        return new TaskDetails(
                name,
                goal,
                leadUnitId,
                java.util.Collections.unmodifiableSet(new LinkedHashSet<>(partnerUnitIds)),
                startDate,
                endDate,
                funding.stream()
                        .map(l -> new FundingLine(l.getSource(), l.getAmount()))
                        .toList(),
                budgetUsed,
                status,
                progress,
                note);
    }

    void edit(TaskDetails details) {
        this.name = details.name();
        this.goal = details.goal();
        this.leadUnitId = details.leadUnitId();
        this.partnerUnitIds.clear();
        this.partnerUnitIds.addAll(details.partnerUnitIds());
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.funding.clear();
        this.funding.addAll(details.funding());
        this.budget = details.budget();
        this.budgetUsed = details.budgetUsed();
        this.status = details.status();
        this.progress = details.progress();
        this.note = details.note();
    }

    void moveTo(int position) {
        this.position = position;
    }

    PlanTask copyTo(Long planId) {
        return new PlanTask(planId, position, details());
    }
}
