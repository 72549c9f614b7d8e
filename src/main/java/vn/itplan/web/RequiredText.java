package vn.itplan.web;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that must be filled in, at most {@code max} characters (the column's size): the portal's two messages,
 * "required" and "at most n characters", under the field. {@link MaxLength} for an optional text.
 */
@NotBlank(message = "{validation.required}")
@Size(message = "{validation.tooLong}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiredText {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
