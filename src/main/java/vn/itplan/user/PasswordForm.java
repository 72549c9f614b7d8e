package vn.itplan.user;

import lombok.Getter;
import lombok.Setter;

/** A user changing their own password: the current one, the new one twice. */
@Getter
@Setter
class PasswordForm {

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;
}
