package vn.itplan.report;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.RequiredText;

/** A later deadline for one unit in one period. */
@Getter
@Setter
public class ExtensionForm {

    @NotNull(message = "{validation.required}")
    private Long unitId;

    @NotNull(message = "{validation.required}")
    private Long periodId;

    @NotNull(message = "{validation.required}")
    private LocalDate extendedTo;

    @RequiredText(max = 500)
    private String reason;

    /** The extension's version when the form was opened; null for a new one. */
    private Long version;

    /** The unit's pending request the form was opened from (null: none); it is granted with the extension. */
    private Long requestId;

    /** Shows the current extension, to be changed. */
    void showCurrent(DeadlineExtension current) {
        this.extendedTo = current.getExtendedTo();
        this.reason = current.getReason();
        this.version = current.getVersion();
    }

    /** Proposes what the unit asked for (the version stays the current extension's, if any). */
    void showRequest(ExtensionRequest request) {
        this.extendedTo = request.getRequestedTo();
        this.reason = request.getReason();
        this.requestId = request.getId();
    }
}
