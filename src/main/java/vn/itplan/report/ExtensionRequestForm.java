package vn.itplan.report;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.RequiredText;

/** A unit's request for a later deadline in one period: the date it asks for and why. */
@Getter
@Setter
public class ExtensionRequestForm {

    @NotNull(message = "{validation.required}")
    private Long periodId;

    @NotNull(message = "{validation.required}")
    private LocalDate requestedTo;

    @RequiredText(max = 500)
    private String reason;
}
