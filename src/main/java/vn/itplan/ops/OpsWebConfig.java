package vn.itplan.ops;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link RequestIdFilter} in front of every other filter, the session store's included. */
@Configuration(proxyBeanMethods = false)
class OpsWebConfig {

    /** Before Spring Session's filter (Integer.MIN_VALUE + 50), whose failures it must see. */
    static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter(DatabaseOutage outage) {
        FilterRegistrationBean<RequestIdFilter> registration =
                new FilterRegistrationBean<>(new RequestIdFilter(outage));
        registration.setOrder(REQUEST_ID_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
