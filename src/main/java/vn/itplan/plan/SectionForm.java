package vn.itplan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * A section to add or edit. A new section goes under {@code parentId} (null: a top-level section), after
 * {@code afterId} when given, else last; an edit has {@code id} and {@code version}.
 */
@Getter
@Setter
class SectionForm {

    private Long id;

    private Long parentId;

    private Long afterId;

    @Size(max = PlanSection.HEADING_LENGTH, message = "{validation.tooLong}")
    private String heading;

    @NotBlank(message = "{validation.required}")
    @Size(max = PlanSection.TITLE_LENGTH, message = "{validation.tooLong}")
    private String title;

    @Size(max = PlanSection.BODY_LENGTH, message = "{validation.tooLong}")
    private String body;

    private Long version;

    static SectionForm of(PlanSection section) {
        SectionForm form = new SectionForm();
        form.id = section.getId();
        form.parentId = section.getParentId();
        form.heading = section.getHeading();
        form.title = section.getTitle();
        form.body = section.getBody();
        form.version = section.getVersion();
        return form;
    }

    boolean isNew() {
        return id == null;
    }
}
