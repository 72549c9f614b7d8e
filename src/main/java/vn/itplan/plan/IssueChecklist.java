package vn.itplan.plan;

import java.util.List;

/**
 * What is checked before a draft is issued, item by item: blocking items must pass; the others (partial figures,
 * stale generated text, empty sections) may be accepted by an explicit, audited confirmation.
 *
 */
public record IssueChecklist(List<Item> items) {

    /** Whether an item stops the issue or only asks for a confirmation. */
    public enum Severity {
        BLOCKING,
        CONFIRM
    }

    /**
     * One check.
     *
     * @param code     NUMBER_PRESENT, NUMBER_FORMAT, NUMBER_UNIQUE, SIGNER, ISSUE_DATE, SIGN_OFF, TARGETS, COVERAGE,
     *                 GENERATED_TEXT, EMPTY_SECTIONS
     * @param ok       whether it passed
     * @param args     the message's arguments ("12", "29"; a list of names)
     */
    public record Item(String code, Severity severity, boolean ok, List<String> args) {

        /** "plan.check.COVERAGE.ok" or "plan.check.COVERAGE.fail". */
        public String messageKey() {
            return "plan.check." + code + (ok ? ".ok" : ".fail");
        }

        public boolean blocking() {
            return severity == Severity.BLOCKING;
        }
    }

    /** Some blocking item failed: the plan cannot be issued. */
    public boolean blocked() {
        return items.stream().anyMatch(i -> i.blocking() && !i.ok());
    }

    /** The failed items that a confirmation may accept. */
    public List<Item> warnings() {
        return items.stream().filter(i -> !i.blocking() && !i.ok()).toList();
    }

    public boolean needsConfirmation() {
        return !warnings().isEmpty();
    }

    /** Whether the item {@code code} is on the list and failed. */
    public boolean failed(String code) {
        return items.stream().anyMatch(i -> i.code().equals(code) && !i.ok());
    }

    public boolean allPassed() {
        return items.stream().allMatch(Item::ok);
    }
}
