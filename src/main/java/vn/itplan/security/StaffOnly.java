package vn.itplan.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A service method only IT staff and administrators may call: the one way role checks are written in services
 * (a refused call is a 403 through the error page). Row scoping (a unit admin's own unit) is decided in the
 * service from {@link CurrentUser} and answers 404.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('IT_STAFF','ADMIN')")
public @interface StaffOnly {}
