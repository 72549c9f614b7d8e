package vn.itplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A section of a plan's text: "II. Hiện trạng ...", "3.1. ...", "a) ..."; a tree through {@code parentId}. */
@Entity
@Table(name = "plan_section")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanSection {

    public static final int HEADING_LENGTH = 20;
    public static final int TITLE_LENGTH = 500;
    public static final int BODY_LENGTH = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "parent_id")
    private Long parentId;

    /** Numbering as written: "II.", "3.1.", "a)". */
    @Column(length = HEADING_LENGTH)
    private String heading;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = BODY_LENGTH)
    private String body;

    /** Set when the body was generated from the roll-up; regenerating replaces it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "generated_part", length = 20)
    private NarrativePart generatedPart;

    /** Order among the siblings. */
    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    PlanSection(Long planId, Long parentId, int position) {
        this.planId = planId;
        this.parentId = parentId;
        this.position = position;
    }

    /** "II. Hiện trạng ..." */
    public String fullTitle() {
        return heading == null || heading.isBlank() ? title : heading + " " + title;
    }
}
