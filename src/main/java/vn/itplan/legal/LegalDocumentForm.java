package vn.itplan.legal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;
import vn.itplan.web.RequiredText;

/**
 * What staff type to catalogue a legal document. A mutable bean rather than a record (see PeriodForm): a value
 * of the wrong type in one field does not stop the checks of the others. The number's form, its type code
 * and year are checked by the service ({@link LegalNumberParser}), as is its length: spaces typed around the
 * slashes do not count.
 */
@Getter
@Setter
class LegalDocumentForm {

    @NotBlank(message = "{validation.required}")
    private String number;

    @NotNull(message = "{validation.required}")
    private LegalDocType type;

    @RequiredText(max = 255)
    private String issuer;

    @NotNull(message = "{validation.required}")
    private LocalDate issueDate;

    private LocalDate effectiveDate;

    @MaxLength(120)
    private String signer;

    @RequiredText(max = 1000)
    private String title;

    @MaxLength(255)
    private String field;

    /** The version of the document the form was opened with; null for a new document. */
    private Long version;

    static LegalDocumentForm of(LegalDocument document) {
        LegalDocumentForm form = new LegalDocumentForm();
        form.number = document.getNumber();
        form.type = document.getType();
        form.issuer = document.getIssuer();
        form.issueDate = document.getIssueDate();
        form.effectiveDate = document.getEffectiveDate();
        form.signer = document.getSigner();
        form.title = document.getTitle();
        form.field = document.getField();
        form.version = document.getVersion();
        return form;
    }
}
