package vn.itplan.plan;

import vn.itplan.rollup.Narrative;

/** The parts of section II (Hiện trạng) that can be generated from the roll-up. */
public enum NarrativePart {
    INFRASTRUCTURE,
    EMAIL,
    EOFFICE;

    public String text(Narrative narrative) {
        String text =
                switch (this) {
                    case INFRASTRUCTURE -> narrative.infrastructure();
                    case EMAIL -> narrative.email();
                    case EOFFICE -> narrative.eoffice();
                };
        String note = narrative.coverageNote();
        return text.isBlank() || note.isBlank() ? text : text + " " + note;
    }

    /** Heading and title of a section created for this part, e.g. "plan.narrative.title.EMAIL". */
    public String titleKey() {
        return "plan.narrative.title." + name();
    }
}
