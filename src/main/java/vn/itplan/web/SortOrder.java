package vn.itplan.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a record sorts among its siblings (a unit, an indicator, an extra report field): a whole number from 0 to
 * 9999, filled in, with the portal's messages.
 */
@NotNull(message = "{validation.required}")
@Min(value = 0, message = "{validation.sortOrder.range}")
@Max(value = 9999, message = "{validation.sortOrder.range}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortOrder {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
