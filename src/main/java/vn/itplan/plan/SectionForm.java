package vn.itplan.plan;

import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;
import vn.itplan.web.RequiredText;

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

    @MaxLength(PlanSection.HEADING_LENGTH)
    private String heading;

    @RequiredText(max = PlanSection.TITLE_LENGTH)
    private String title;

    @MaxLength(PlanSection.BODY_LENGTH)
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
