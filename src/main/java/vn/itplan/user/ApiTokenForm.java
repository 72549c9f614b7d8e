package vn.itplan.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The name a user gives a new API token ("Báo cáo tự động", "LGSP"). */
@Getter
@Setter
public class ApiTokenForm {

    @NotBlank(message = "{account.token.nameRequired}")
    @Size(max = ApiTokenService.NAME_LENGTH, message = "{validation.tooLong}")
    private String name;
}
