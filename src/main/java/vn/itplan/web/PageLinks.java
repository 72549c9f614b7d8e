package vn.itplan.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of a paged list with its filters, for the links of {@code fragments/page :: pager} and for the
 * exports of the same selection: {@code PageLinks.to("/admin/audit").with("actor", actor).with("from", from)}.
 * A filter that is null or blank is left out, so an unfiltered list has a bare address.
 */
public final class PageLinks {

    /** The highest page number an address may ask for (a list answers its last page past its end). */
    public static final int MAX_PAGE = 1_000_000;

    private final String path;
    private final UriComponentsBuilder query = UriComponentsBuilder.newInstance();

    private PageLinks(String path) {
        this.path = path;
    }

    public static PageLinks to(String path) {
        return new PageLinks(path);
    }

    /** Adds a filter (its {@code toString()}; an enum by its name) unless it is null or blank. */
    public PageLinks with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.queryParam(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
        return this;
    }

    /** The filters as an encoded query string, "" when there are none. */
    public String query() {
        String text = query.cloneBuilder().encode().build().getQuery();
        return text == null ? "" : text;
    }

    /**
     * A page number as typed in the address (counted from 0): anything that is not a number, or is negative, means
     * the first page; a huge one is capped (the list answers its last page), so that page × size cannot overflow.
     */
    public static int pageNumber(String page) {
        String digits = page == null ? "" : page.strip();
        if (!digits.matches("\\d+")) {
            return 0;
        }
        return digits.length() > 9 ? MAX_PAGE : Math.min(Integer.parseInt(digits), MAX_PAGE);
    }

    /** The list's address with its filters and no page. */
    public String list() {
        return path + (query().isEmpty() ? "" : "?" + query());
    }

    /** The list's address for a page (counted from 0; the first page has no page parameter). */
    public String page(int page) {
        String filters = query();
        String pageParam = page > 0 ? "page=" + page : "";
        String joined = filters.isEmpty() ? pageParam : (pageParam.isEmpty() ? filters : filters + "&" + pageParam);
        return path + (joined.isEmpty() ? "" : "?" + joined);
    }

    /** Another address (an export) with the same filters. */
    public String at(String otherPath) {
        return otherPath + (query().isEmpty() ? "" : "?" + query());
    }
}
