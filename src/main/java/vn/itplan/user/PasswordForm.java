package vn.itplan.user;

import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.ExactText;

/** A user changing their own password: the current one, the new one twice, each as typed (spaces are characters). */
@Getter
@Setter
class PasswordForm {

    @ExactText
    private String currentPassword;

    @ExactText
    private String newPassword;

    @ExactText
    private String confirmPassword;
}
