package vn.itplan.report;

import static vn.itplan.report.ReportField.ACTIVE_USERS;
import static vn.itplan.report.ReportField.DEPLOYED;
import static vn.itplan.report.ReportField.DEPLOYED_SINCE;
import static vn.itplan.report.ReportField.HAS_LAN;
import static vn.itplan.report.ReportField.INCOMING_DOCS;
import static vn.itplan.report.ReportField.INCOMING_DOCS_ELECTRONIC;
import static vn.itplan.report.ReportField.IT_STAFF;
import static vn.itplan.report.ReportField.LAN_UPGRADED_YEAR;
import static vn.itplan.report.ReportField.MAILBOXES;
import static vn.itplan.report.ReportField.OUTGOING_DOCS;
import static vn.itplan.report.ReportField.OUTGOING_DOCS_ELECTRONIC;
import static vn.itplan.report.ReportField.OUTGOING_EMAIL_PERCENT;
import static vn.itplan.report.ReportField.PCS;
import static vn.itplan.report.ReportField.PCS_ANTIVIRUS;
import static vn.itplan.report.ReportField.PCS_INTERNET;
import static vn.itplan.report.ReportField.STAFF_COUNT;
import static vn.itplan.report.ReportField.STAFF_USING_EMAIL;
import static vn.itplan.report.ReportField.STAFF_USING_FREE_MAIL;
import static vn.itplan.report.ReportField.USES_EMAIL_REGULARLY;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.itplan.web.DisplayFormat;

/**
 * The rules a report must pass to be submitted (hard: they block, each next to its field) and the ones that
 * only ask the unit to look again (soft warnings: acknowledged explicitly, and recorded). Pure functions of the
 * values, so that they are tested without a database.
 */
final class ReportRules {

    /** A change from the previous approved report is remarkable above this share ... */
    static final BigDecimal BIG_CHANGE = new BigDecimal("0.5");
    /** ... and above this absolute difference (1 → 2 servers is not news). */
    static final BigDecimal SMALL_DIFFERENCE = new BigDecimal("2");

    private static final DisplayFormat FORMAT = new DisplayFormat();

    private ReportRules() {}

    /** A hard rule broken at a field; {@code args} follow the message key. */
    record Problem(ReportField field, String messageKey, Object... args) {}

    /** Everything that stops submission, at most one problem per field, in form order. */
    static List<Problem> submissionProblems(Map<ReportField, Object> v, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Set<ReportField> seen = new LinkedHashSet<>();
        for (ReportField field : ReportField.values()) {
            if (field.requiredToSubmit() && v.get(field) == null) {
                add(problems, seen, new Problem(field, "report.rule.required"));
            }
        }
        if (Boolean.TRUE.equals(v.get(DEPLOYED)) && v.get(DEPLOYED_SINCE) == null) {
            add(problems, seen, new Problem(DEPLOYED_SINCE, "report.rule.deployedSinceRequired"));
        }
        if (v.get(DEPLOYED_SINCE) instanceof LocalDate since && since.isAfter(today)) {
            add(problems, seen, new Problem(DEPLOYED_SINCE, "report.rule.dateInFuture", FORMAT.date(today)));
        }
        if (v.get(LAN_UPGRADED_YEAR) instanceof Integer year) {
            if (Boolean.FALSE.equals(v.get(HAS_LAN))) {
                add(problems, seen, new Problem(LAN_UPGRADED_YEAR, "report.rule.lanYearWithoutLan"));
            } else if (year > today.getYear()) {
                add(
                        problems,
                        seen,
                        new Problem(LAN_UPGRADED_YEAR, "report.rule.yearInFuture", String.valueOf(today.getYear())));
            }
        }
        atMost(problems, seen, v, PCS_INTERNET, PCS, 1, "report.rule.notAbovePcs");
        atMost(problems, seen, v, PCS_ANTIVIRUS, PCS, 1, "report.rule.notAbovePcs");
        atMost(problems, seen, v, MAILBOXES, STAFF_COUNT, 2, "report.rule.mailboxesAboveTwiceStaff");
        atMost(problems, seen, v, STAFF_USING_EMAIL, STAFF_COUNT, 1, "report.rule.notAboveStaff");
        atMost(problems, seen, v, STAFF_USING_FREE_MAIL, STAFF_COUNT, 1, "report.rule.notAboveStaff");
        atMost(problems, seen, v, IT_STAFF, STAFF_COUNT, 1, "report.rule.notAboveStaff");
        atMost(problems, seen, v, INCOMING_DOCS_ELECTRONIC, INCOMING_DOCS, 1, "report.rule.notAboveTotal");
        atMost(problems, seen, v, OUTGOING_DOCS_ELECTRONIC, OUTGOING_DOCS, 1, "report.rule.notAboveTotal");
        problems.sort(java.util.Comparator.comparing(p -> p.field().ordinal()));
        return problems;
    }

    /**
     * The soft warnings. {@code previous} holds the unit's previous approved report (null: none);
     * {@code sameLength} says whether the two periods are of the same kind, so that flows (documents in the
     * period) are comparable.
     */
    static List<Warning> warnings(Map<ReportField, Object> v, Map<ReportField, Object> previous, boolean sameLength) {
        List<Warning> warnings = new ArrayList<>();
        if (previous != null) {
            for (ReportField field : ReportField.values()) {
                if (!field.numeric() || (field.flow() && !sameLength)) {
                    continue;
                }
                BigDecimal before = decimal(previous.get(field));
                BigDecimal now = decimal(v.get(field));
                if (before == null || now == null || before.signum() == 0) {
                    continue;
                }
                BigDecimal difference = now.subtract(before);
                BigDecimal share = difference.abs().divide(before, MathContext.DECIMAL64);
                if (share.compareTo(BIG_CHANGE) > 0 && difference.abs().compareTo(SMALL_DIFFERENCE) > 0) {
                    warnings.add(Warning.of(
                            "change",
                            field,
                            FORMAT.number(before),
                            FORMAT.number(now),
                            signedPercent(difference.divide(before, MathContext.DECIMAL64))));
                }
            }
        }
        Integer staff = integer(v.get(STAFF_COUNT));
        Integer pcs = integer(v.get(PCS));
        if (staff != null && pcs != null && staff > 0) {
            if (pcs * 2 > staff * 3) {
                warnings.add(Warning.of("pcsPerStaff", PCS, FORMAT.number(pcs), FORMAT.number(staff)));
            } else if (staff >= 10 && pcs * 10 < staff * 3) {
                warnings.add(Warning.of("fewPcs", PCS, FORMAT.number(pcs), FORMAT.number(staff)));
            }
        }
        Integer users = integer(v.get(STAFF_USING_EMAIL));
        Integer mailboxes = integer(v.get(MAILBOXES));
        if (users != null && mailboxes != null && users > mailboxes) {
            warnings.add(Warning.of(
                    "usersAboveMailboxes", STAFF_USING_EMAIL, FORMAT.number(users), FORMAT.number(mailboxes)));
        }
        BigDecimal share = decimal(v.get(OUTGOING_EMAIL_PERCENT));
        if (Boolean.TRUE.equals(v.get(USES_EMAIL_REGULARLY)) && share != null && share.compareTo(BigDecimal.TEN) < 0) {
            warnings.add(Warning.of("regularButRare", OUTGOING_EMAIL_PERCENT, FORMAT.number(share)));
        }
        if (Boolean.FALSE.equals(v.get(DEPLOYED))
                && (positive(v.get(ACTIVE_USERS))
                        || positive(v.get(INCOMING_DOCS_ELECTRONIC))
                        || positive(v.get(OUTGOING_DOCS_ELECTRONIC)))) {
            warnings.add(Warning.of("notDeployedButUsed", DEPLOYED));
        }
        Integer active = integer(v.get(ACTIVE_USERS));
        if (active != null && staff != null && active > staff) {
            warnings.add(
                    Warning.of("eofficeUsersAboveStaff", ACTIVE_USERS, FORMAT.number(active), FORMAT.number(staff)));
        }
        return warnings;
    }

    /** "+108,3%", "−60%": the signed change as a percentage with at most one decimal. */
    static String signedPercent(BigDecimal ratio) {
        String text = FORMAT.percent(ratio.abs());
        return (ratio.signum() < 0 ? "−" : "+") + text;
    }

    private static void atMost(
            List<Problem> problems,
            Set<ReportField> seen,
            Map<ReportField, Object> v,
            ReportField part,
            ReportField whole,
            int factor,
            String key) {
        Integer partValue = integer(v.get(part));
        Integer wholeValue = integer(v.get(whole));
        if (partValue != null && wholeValue != null && (long) partValue > (long) wholeValue * factor) {
            add(problems, seen, new Problem(part, key, (long) wholeValue * factor));
        }
    }

    private static void add(List<Problem> problems, Set<ReportField> seen, Problem problem) {
        if (seen.add(problem.field())) {
            problems.add(problem);
        }
    }

    private static boolean positive(Object value) {
        Integer number = integer(value);
        return number != null && number > 0;
    }

    private static Integer integer(Object value) {
        return value instanceof Integer number ? number : null;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        return value instanceof Integer number ? BigDecimal.valueOf(number) : null;
    }
}
