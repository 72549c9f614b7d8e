package vn.itplan.legal;

import java.util.List;
import java.util.Objects;
import vn.itplan.web.SearchText;

/**
 * A search of the catalogue: words to find in the number, type, title and issuer (ignoring case and
 * Vietnamese diacritics), and optionally a type and an issue year. Absurd input is cut down to size: the
 * text to {@value #MAX_TEXT} characters, the words to the first {@value #MAX_TERMS} different ones.
 */
public record LegalDocumentQuery(String text, LegalDocType type, Integer year) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_TERMS = 10;

    public LegalDocumentQuery {
        // control characters (a NUL byte would make PostgreSQL refuse the query) count as spaces
        text = Objects.requireNonNullElse(SearchText.query(text, MAX_TEXT), "");
    }

    public static LegalDocumentQuery all() {
        return new LegalDocumentQuery("", null, null);
    }

    /** The folded words, each of which a document must contain. */
    public List<String> terms() {
        return SearchText.terms(text).stream().distinct().limit(MAX_TERMS).toList();
    }

    /** Whether some words were left out of the search (more than {@value #MAX_TERMS}). */
    public boolean termsDropped() {
        return SearchText.terms(text).stream().distinct().count() > MAX_TERMS;
    }

    public boolean isFiltered() {
        return !text.isEmpty() || type != null || year != null;
    }
}
