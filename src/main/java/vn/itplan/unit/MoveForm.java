package vn.itplan.unit;

import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** Where to move a unit (with everything under it) in the tree. */
@Getter
@Setter
class MoveForm {

    @NotNull(message = "{validation.required}")
    private Long parentId;

    private Long version;

    static MoveForm of(Unit unit) {
        MoveForm form = new MoveForm();
        form.parentId = unit.getParentId();
        form.version = unit.getVersion();
        return form;
    }
}
