package vn.itplan.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie of Spring Session, the same in every environment (Boot only configures it for an embedded
 * server): {@value SecurityConfig#SESSION_COOKIE}, HttpOnly, SameSite=Lax, and {@code Secure} when the request came
 * over HTTPS (directly, or through a proxy when forwarded headers are honoured), unless
 * {@code server.servlet.session.cookie.secure} says always ({@code true}) or never ({@code false}).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfig {

    @Bean
    CookieSerializer sessionCookieSerializer(@Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SecurityConfig.SESSION_COOKIE);
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (secure != null) {
            cookie.setUseSecureCookie(secure);
        }
        return cookie;
    }
}
