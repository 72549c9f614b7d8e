package vn.itplan.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A state agency in the unit tree (province → departments and district People's Committees →
 * optionally communes). {@code path} holds the ids from the root, "/1/7/", so a subtree is a prefix.
 */
@Entity
@Table(name = "unit")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Version
    private long version;

    public Unit(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    /** The name to show in tables: the short name when there is one. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public boolean isAncestorOf(Unit other) {
        return other.path.startsWith(path) && !other.id.equals(id);
    }
}
