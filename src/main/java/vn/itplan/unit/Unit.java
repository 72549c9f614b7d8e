package vn.itplan.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.SearchText;
import vn.itplan.web.VersionedEntity;

/**
 * A state agency in the unit tree (province → departments and district People's Committees →
 * optionally communes). {@code path} holds the ids from the root, "/1/7/", so a subtree is a prefix.
 */
@Entity
@Table(name = "unit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Unit extends VersionedEntity {

    /** (32 + 255 + 100) × 3 + 2: the longest code, name and short name, folded, with the spaces between. */
    static final int SEARCH_TEXT_LENGTH = 1200;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", length = 100)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 1000)
    private String path = "/";

    @Column(nullable = false)
    private int level;

    @Column(name = "gso_code", length = 10)
    private String gsoCode;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean active = true;

    /** Expected to submit status reports (Kon Tum's "29 units"). */
    @Column(nullable = false)
    private boolean reporting = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /**
     * Its code, name and short name folded by {@link SearchText#fold} (lower case, no diacritics, đ → d), for the
     * searches by unit (the completeness board, the catalogue). Folding decomposes (a Hangul syllable becomes three
     * letters), so the column holds three times the longest code, name and short name the forms allow.
     */
    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LENGTH)
    private String searchText = "";

    public Unit(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        fold();
    }

    /** The name to show in tables: the short name when there is one. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public boolean isAncestorOf(Unit other) {
        return other.path.startsWith(path) && !other.getId().equals(getId());
    }

    /** The unit itself or one of its descendants (a move under it would make a cycle). */
    public boolean containsInSubtree(Unit other) {
        return other.path.startsWith(path);
    }

    public boolean isRoot() {
        return parentId == null;
    }

    /** The ids of the ancestors, root first, read from the path ("/1/7/12/" of unit 12 → [1, 7]). */
    public List<Long> ancestorIds() {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.valueOf(part));
            }
        }
        if (!ids.isEmpty()) {
            ids.remove(ids.size() - 1);
        }
        return ids;
    }

    /** Its code, full name and short name (the short name shown in tables when there is one). */
    void rename(String code, String name, String shortName) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        fold();
    }

    private void fold() {
        searchText = SearchText.fold(code + " " + name + (shortName == null ? "" : " " + shortName));
    }

    /** What sort of body it is, its GSO code, whether it must report and where it sorts among its siblings. */
    void classify(UnitKind kind, String gsoCode, boolean reporting, int sortOrder) {
        this.kind = kind;
        this.gsoCode = gsoCode;
        this.reporting = reporting;
        this.sortOrder = sortOrder;
    }

    /** The days it exists as a state agency (either end open). */
    void validBetween(LocalDate from, LocalDate to) {
        this.validFrom = from;
        this.validTo = to;
    }

    void activate() {
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    /**
     * Records its new parent; the paths and levels of its whole subtree are rewritten by
     * {@link UnitRepository#moveSubtree} in one statement.
     */
    void moveUnder(Unit parent) {
        this.parentId = parent.getId();
    }

    /** Places this unit (its id known) under {@code parent}, or at the root when there is none. */
    void placeUnder(Unit parent) {
        this.parentId = parent == null ? null : parent.getId();
        this.path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
        this.level = parent == null ? 0 : parent.getLevel() + 1;
    }
}
