package vn.itplan.plan;

import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** A document of the legal catalogue to add to a plan's legal bases. */
@Getter
@Setter
class LegalBasisForm {

    @NotNull(message = "{validation.required}")
    private Long documentId;
}
