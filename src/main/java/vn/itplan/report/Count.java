package vn.itplan.report;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A count typed into the report: a whole number, not negative, at most {@link #max()}. Each bound reports its own
 * message ({@link ReportForm#NOT_NEGATIVE}, {@link ReportForm#TOO_LARGE} with the bound), as the two constraints
 * written out would.
 */
@Min(value = 0, message = ReportForm.NOT_NEGATIVE)
@Max(value = Long.MAX_VALUE, message = ReportForm.TOO_LARGE)
@Constraint(validatedBy = {})
@Documented
@Target(FIELD)
@Retention(RUNTIME)
@interface Count {

    @OverridesAttribute(constraint = Max.class, name = "value")
    long max();

    /** Not used: the bounds above report. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
