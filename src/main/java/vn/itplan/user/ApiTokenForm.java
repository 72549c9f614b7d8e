package vn.itplan.user;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.MaxLength;

/** The name a user gives a new API token ("Báo cáo tự động", "LGSP"). */
@Getter
@Setter
public class ApiTokenForm {

    @NotBlank(message = "{account.token.nameRequired}")
    @MaxLength(ApiTokenService.NAME_LENGTH)
    private String name;
}
