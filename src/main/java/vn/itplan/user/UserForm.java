package vn.itplan.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.security.Role;
import vn.itplan.web.MaxLength;
import vn.itplan.web.RequiredText;

/** What an administrator types to create or edit an account. The username is only taken on creation. */
@Getter
@Setter
class UserForm {

    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{users.username.invalid}")
    private String username;

    @RequiredText(max = 200)
    private String fullName;

    @Email(message = "{users.email.invalid}")
    @MaxLength(200)
    private String email;

    @NotNull(message = "{validation.required}")
    private Role role;

    private Long unitId;

    private Long version;

    public void setUsername(String username) {
        this.username = UserService.normalise(username);
    }

    static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.setUsername(user.getUsername());
        form.setFullName(user.getFullName());
        form.setEmail(user.getEmail());
        form.setRole(user.getRole());
        form.setUnitId(user.getUnitId());
        form.setVersion(user.getVersion());
        return form;
    }
}
