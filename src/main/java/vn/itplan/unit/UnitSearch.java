package vn.itplan.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.Getter;
import lombok.Setter;
import vn.itplan.web.SearchText;

/**
 * The filters of the unit catalogue, as typed in the address bar: a text query, a kind, active or
 * inactive, and the view (tree or table). Unknown values are ignored rather than refused.
 */
@Getter
@Setter
class UnitSearch {

    static final String TREE = "tree";
    static final String TABLE = "table";
    static final String ACTIVE = "active";
    static final String INACTIVE = "inactive";

    private String q;
    private String kind;
    private String status;
    private String view;

    public UnitKind kindOrNull() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return UnitKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isTable() {
        return TABLE.equals(view);
    }

    /** True when some filter narrows the list. */
    public boolean isFiltered() {
        return !terms().isEmpty() || kindOrNull() != null || ACTIVE.equals(status) || INACTIVE.equals(status);
    }

    boolean matches(Unit unit) {
        if (ACTIVE.equals(status) && !unit.isActive() || INACTIVE.equals(status) && unit.isActive()) {
            return false;
        }
        UnitKind wanted = kindOrNull();
        if (wanted != null && unit.getKind() != wanted) {
            return false;
        }
        List<String> terms = terms();
        if (terms.isEmpty()) {
            return true;
        }
        // The unit's search text is its folded code (no spaces: UnitForm.CODE_PATTERN), name and short name.
        String text = unit.getSearchText();
        int space = text.indexOf(' ');
        String code = space < 0 ? text : text.substring(0, space);
        if (code.startsWith(String.join("", terms))) {
            return true;
        }
        List<String> words = space < 0 ? List.of() : wordsOfFolded(text.substring(space + 1));
        String gso = unit.getGsoCode() == null ? "" : unit.getGsoCode();
        for (String term : terms) {
            boolean found = code.startsWith(term)
                    || gso.startsWith(term)
                    || words.stream().anyMatch(word -> word.startsWith(term));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * The folded words of the query. Each must begin a word of the name or short name, the code or the
     * GSO code: "dak ha" finds "Đắk Hà" but not "Đắk Glei", whose "nhân" merely contains "ha".
     * Punctuation separates words, so "kh&dt" finds "Sở KH&ĐT"; the words run together may also begin
     * the code ("dak ha" → DAKHA).
     */
    List<String> terms() {
        return words(q);
    }

    private static List<String> words(String text) {
        return wordsOfFolded(SearchText.fold(text));
    }

    private static List<String> wordsOfFolded(String folded) {
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
