package vn.itplan.unit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;
import vn.itplan.web.RequiredText;
import vn.itplan.web.SortOrder;
import vn.itplan.web.UserText;

/**
 * What staff type to create or edit a unit. A mutable bean (see PeriodForm): a badly typed date does
 * not stop the other fields from being checked. The code is normalised to upper case as it is bound,
 * so "dakha" is stored, checked and shown again as "DAKHA"; like every form's text, the other fields arrive
 * trimmed, blank as null (web.InputCleaningAdvice).
 */
@Getter
@Setter
class UnitForm {

    static final String CODE_PATTERN = "[A-Z0-9_-]{2,32}";

    @NotNull(message = "{validation.required}")
    @Pattern(regexp = CODE_PATTERN, message = "{unit.code.invalid}")
    private String code;

    @RequiredText(max = 255)
    private String name;

    @MaxLength(100)
    private String shortName;

    @NotNull(message = "{validation.required}")
    private UnitKind kind;

    /** Only on creation; an existing unit changes parent through a move. */
    private Long parentId;

    @Pattern(regexp = "\\d{1,10}", message = "{unit.gsoCode.invalid}")
    private String gsoCode;

    private LocalDate validFrom;

    private LocalDate validTo;

    private boolean reporting = true;

    private boolean active = true;

    @SortOrder
    private Integer sortOrder = 0;

    /** The version the form was opened with (edits only). */
    private Long version;

    public void setCode(String code) {
        this.code = UserText.code(code);
    }

    /** A new unit under {@code parentId}, reporting, active. */
    static UnitForm blank(Long parentId) {
        UnitForm form = new UnitForm();
        form.parentId = parentId;
        form.kind = UnitKind.SO;
        return form;
    }

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.getCode();
        form.name = unit.getName();
        form.shortName = unit.getShortName();
        form.kind = unit.getKind();
        form.parentId = unit.getParentId();
        form.gsoCode = unit.getGsoCode();
        form.validFrom = unit.getValidFrom();
        form.validTo = unit.getValidTo();
        form.reporting = unit.isReporting();
        form.active = unit.isActive();
        form.sortOrder = unit.getSortOrder();
        form.version = unit.getVersion();
        return form;
    }
}
