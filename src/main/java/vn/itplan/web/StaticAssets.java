package vn.itplan.web;

/** The paths of the portal's static files (styles, scripts, images), which every visitor may fetch as they are. */
public final class StaticAssets {

    public static final String[] PATHS = {
        "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/favicon.svg"
    };

    private StaticAssets() {}
}
