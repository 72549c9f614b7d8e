package vn.itplan.ops;

import jakarta.servlet.http.HttpServletRequest;
import lombok.extern.slf4j.Slf4j;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Refused access in the log: Spring Security publishes a denial of a route rule or of a service method's role rule
 * ({@code @StaffOnly}, {@code @AdminOnly}) through this publisher, and a signed-in user's refusal is logged at WARN
 * with the user and what was refused (a visitor sent to the sign-in page only at DEBUG).
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
class AccessRefusals {

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        Object source = event.getSource();
        String what;
        if (source instanceof HttpServletRequest request) {
            what = request.getMethod() + " " + request.getRequestURI();
        } else if (source instanceof MethodInvocation method) {
            what = method.getMethod().getDeclaringClass().getSimpleName() + "."
                    + method.getMethod().getName();
        } else {
            what = source.getClass().getSimpleName();
        }
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            log.debug("Access refused to a visitor not signed in: {}", what);
            return;
        }
        log.warn("Access refused: user '{}' {} to {}", who.getName(), who.getAuthorities(), what);
    }
}
