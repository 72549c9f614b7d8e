package vn.itplan.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A year typed in a form (a plan's, a period's, the first or last year a definition holds): from 2000 to 2100, with
 * the portal's message. Add {@code @NotNull} where it must be filled in.
 */
@Min(value = 2000, message = "{validation.year.range}")
@Max(value = 2100, message = "{validation.year.range}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface YearField {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
