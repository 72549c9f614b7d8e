package vn.itplan.web;

import java.util.Map;

/**
 * The portal's static files (styles, scripts, the icon), which every visitor may fetch as they are: their URL patterns
 * and where each is read from. Only these patterns are resource handlers (WebConfig), never {@code /**}.
 */
public final class StaticAssets {

    /** URL pattern → classpath location (a pattern's wildcard part is the file's path inside the location). */
    static final Map<String, String> LOCATIONS = Map.of(
            "/webjars/**", "classpath:/META-INF/resources/webjars/",
            "/css/**", "classpath:/static/css/",
            "/js/**", "classpath:/static/js/",
            "/favicon.*", "classpath:/static/");

    /** Served under a name that carries an MD5 of their content (app-<md5>.css), so cached for a year. */
    static final String[] VERSIONED = {"/css/**", "/js/**"};

    public static final String[] PATHS = LOCATIONS.keySet().toArray(String[]::new);

    private StaticAssets() {}
}
