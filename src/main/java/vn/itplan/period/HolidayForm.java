package vn.itplan.period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** A day off staff enter for a year. */
@Getter
@Setter
class HolidayForm {

    static final int NAME_LENGTH = 200;

    @NotNull(message = "{validation.required}")
    private LocalDate date;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_LENGTH, message = "{period.holiday.nameTooLong}")
    private String name;
}
