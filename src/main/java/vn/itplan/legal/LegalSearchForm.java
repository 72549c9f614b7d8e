package vn.itplan.legal;

import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.PageLinks;

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

    /** The list's address with this search, for the pager. */
    public PageLinks links() {
        return PageLinks.to("/legal-bases")
                .with("q", query().text())
                .with("type", type)
                .with("year", year);
    }
}
