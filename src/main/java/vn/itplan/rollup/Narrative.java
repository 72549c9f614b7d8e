package vn.itplan.rollup;

/**
 * Generated text of the plan's current-status section (II. Hiện trạng) from a roll-up: the infrastructure
 * part (II.2), official e-mail (II.3.1) and eOffice (II.3.2), each a paragraph in the register of the plan.
 */
public record Narrative(String infrastructure, String email, String eoffice, String coverageNote) {

    /** The three parts as one text, for a preview. */
    public String full() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {infrastructure, email, eoffice, coverageNote}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(part);
            }
        }
        return text.toString();
    }
}
