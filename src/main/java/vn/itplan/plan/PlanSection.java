package vn.itplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.VersionedEntity;

/** A section of a plan's text: "II. Hiện trạng ...", "3.1. ...", "a) ..."; a tree through {@code parentId}. */
@Entity
@Table(name = "plan_section")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanSection extends VersionedEntity {

    public static final int HEADING_LENGTH = 20;
    public static final int TITLE_LENGTH = 500;
    public static final int BODY_LENGTH = 20000;

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

    PlanSection(Long planId, Long parentId, int position, String heading, String title, String body) {
        this.planId = planId;
        this.parentId = parentId;
        this.position = position;
        rewrite(heading, title, body);
    }

    /** A section whose body is generated from the roll-up for {@code part}. */
    static PlanSection generated(
            Long planId, Long parentId, int position, String title, String body, NarrativePart part) {
        PlanSection section = new PlanSection(planId, parentId, position, null, title, body);
        section.generatedPart = part;
        return section;
    }

    void rewrite(String heading, String title, String body) {
        this.heading = heading;
        this.title = title;
        this.body = body;
    }

    /** Replaces the generated body with a newly generated one. */
    void regenerate(String body) {
        this.body = body;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** The same section in another plan, under {@code parentId} there. */
    PlanSection copyTo(Long planId, Long parentId) {
        PlanSection copy = new PlanSection(planId, parentId, position, heading, title, body);
        copy.generatedPart = generatedPart;
        return copy;
    }

    /** "II. Hiện trạng ..." */
    public String fullTitle() {
        return heading == null || heading.isBlank() ? title : heading + " " + title;
    }
}
