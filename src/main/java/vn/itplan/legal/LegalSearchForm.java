package vn.itplan.legal;

import lombok.Getter;
import lombok.Setter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search and filters of the list, carried in the URL ({@code ?q=quyet+dinh+1605&type=QUYET_DINH&year=2010}),
 * so that a search can be bookmarked and shared. A filter that does not bind (an unknown type, a year that is
 * not a number) is ignored.
 */
@Getter
@Setter
class LegalSearchForm {

    private String q;
    private LegalDocType type;
    private Integer year;

    LegalDocumentQuery query() {
        return new LegalDocumentQuery(q, type, year);
    }

    /** The list's address for another page of the same search. */
    public String pageUrl(int page) {
        LegalDocumentQuery query = query();
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/legal-bases");
        if (!query.text().isEmpty()) {
            url.queryParam("q", query.text());
        }
        if (type != null) {
            url.queryParam("type", type.name());
        }
        if (year != null) {
            url.queryParam("year", year);
        }
        if (page > 0) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }
}
