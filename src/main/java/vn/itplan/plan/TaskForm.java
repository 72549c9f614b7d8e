package vn.itplan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;
import vn.itplan.web.Money;
import vn.itplan.web.RequiredText;

/** A task of the appendix; {@code id} and {@code version} for an edit. */
@Getter
@Setter
class TaskForm {

    private Long id;

    @RequiredText(max = 500)
    private String name;

    @MaxLength(2000)
    private String goal;

    @NotNull(message = "{validation.required}")
    private Long leadUnitId;

    private List<Long> partnerUnitIds = new ArrayList<>();

    private LocalDate startDate;

    private LocalDate endDate;

    /** The funding lines as typed; a line with neither source nor amount is left out. */
    @Valid
    private List<Line> funding = new ArrayList<>();

    @Money
    @Min(value = 0, message = "{validation.notNegative}")
    private Long budgetUsed;

    @NotNull(message = "{validation.required}")
    private TaskStatus status;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.task.progress.range}")
    @Max(value = 100, message = "{plan.task.progress.range}")
    private Integer progress;

    @MaxLength(1000)
    private String note;

    private Long version;

    /** The unit search typed in the form (a catalogue too long to list): not saved, only to find units to choose. */
    private String unitQuery;

    /** The units chosen in the form: the lead, then the partners (no nulls, no repeats). */
    Set<Long> chosenUnits() {
        Set<Long> chosen = new LinkedHashSet<>();
        if (leadUnitId != null) {
            chosen.add(leadUnitId);
        }
        if (partnerUnitIds != null) {
            partnerUnitIds.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }

    static TaskForm blank() {
        TaskForm form = new TaskForm();
        form.funding.add(new Line(FundingSource.PROVINCIAL, 0L));
        form.status = TaskStatus.PLANNED;
        form.progress = 0;
        return form;
    }

    static TaskForm of(PlanTask task) {
        TaskForm form = new TaskForm();
        form.id = task.getId();
        form.name = task.getName();
        form.goal = task.getGoal();
        form.leadUnitId = task.getLeadUnitId();
        form.partnerUnitIds = new ArrayList<>(task.getPartnerUnitIds());
        form.startDate = task.getStartDate();
        form.endDate = task.getEndDate();
        form.funding = new ArrayList<>(task.getFunding().stream()
                .map(l -> new Line(l.getSource(), l.getAmount()))
                .toList());
        form.budgetUsed = task.getBudgetUsed();
        form.status = task.getStatus();
        form.progress = task.getProgress();
        form.note = task.getNote();
        form.version = task.getVersion();
        return form;
    }

    /** One more empty line to fill in. */
    void addLine() {
        funding.add(new Line());
    }

    /** Drops the {@code index}-th line (an index off the list changes nothing). */
    void removeLine(int index) {
        if (index >= 0 && index < funding.size()) {
            funding.remove(index);
        }
    }

    /** A funding line of the form. */
    @Getter
    @Setter
    static class Line {

        private FundingSource source;

        @Money
        @Min(value = 0, message = "{validation.notNegative}")
        private Long amount;

        Line() {}

        Line(FundingSource source, Long amount) {
            this.source = source;
            this.amount = amount;
        }

        boolean isBlank() {
            return source == null && amount == null;
        }
    }
}
