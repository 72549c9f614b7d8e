package vn.itplan.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.Money;

/** A task of the appendix; {@code id} and {@code version} for an edit. */
@Getter
@Setter
class TaskForm {

    private Long id;

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    private String name;

    @Size(max = 2000, message = "{validation.tooLong}")
    private String goal;

    @NotNull(message = "{validation.required}")
    private Long leadUnitId;

    private List<Long> partnerUnitIds = new ArrayList<>();

    private LocalDate startDate;

    private LocalDate endDate;

    @Money
    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.notNegative}")
    private Long budget;

    @NotNull(message = "{validation.required}")
    private FundingSource fundingSource;

    @NotNull(message = "{validation.required}")
    private TaskStatus status;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{plan.task.progress.range}")
    @Max(value = 100, message = "{plan.task.progress.range}")
    private Integer progress;

    @Size(max = 1000, message = "{validation.tooLong}")
    private String note;

    private Long version;

    static TaskForm blank() {
        TaskForm form = new TaskForm();
        form.budget = 0L;
        form.fundingSource = FundingSource.PROVINCIAL;
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
        form.budget = task.getBudget();
        form.fundingSource = task.getFundingSource();
        form.status = task.getStatus();
        form.progress = task.getProgress();
        form.note = task.getNote();
        form.version = task.getVersion();
        return form;
    }
}
