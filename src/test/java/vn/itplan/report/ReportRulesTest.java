package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hard rules (they block submission, at a field) and soft warnings (they need an acknowledgement). */
class ReportRulesTest {

    static final LocalDate TODAY = LocalDate.of(2015, 4, 20);

    /** A complete, plausible report. */
    static Map<ReportField, Object> valid() {
        Map<ReportField, Object> v = new EnumMap<>(ReportField.class);
        v.put(ReportField.STAFF_COUNT, 100);
        v.put(ReportField.PCS, 80);
        v.put(ReportField.PCS_INTERNET, 75);
        v.put(ReportField.PCS_ANTIVIRUS, 60);
        v.put(ReportField.SERVERS, 2);
        v.put(ReportField.PRINTERS, 10);
        v.put(ReportField.SCANNERS, 2);
        v.put(ReportField.IT_STAFF, 1);
        v.put(ReportField.HAS_LAN, true);
        v.put(ReportField.LAN_UPGRADED_YEAR, 2014);
        v.put(ReportField.BANDWIDTH_MBPS, new BigDecimal("10.5"));
        v.put(ReportField.ON_GOV_NETWORK, true);
        v.put(ReportField.HAS_FIREWALL, false);
        v.put(ReportField.HAS_IDS, false);
        v.put(ReportField.HAS_BACKUP, true);
        v.put(ReportField.MAILBOXES, 60);
        v.put(ReportField.STAFF_USING_EMAIL, 50);
        v.put(ReportField.USES_EMAIL_REGULARLY, true);
        v.put(ReportField.OUTGOING_EMAIL_PERCENT, new BigDecimal("40"));
        v.put(ReportField.STAFF_USING_FREE_MAIL, 20);
        v.put(ReportField.DEPLOYED, true);
        v.put(ReportField.DEPLOYED_SINCE, LocalDate.of(2013, 5, 1));
        v.put(ReportField.ACTIVE_USERS, 70);
        v.put(ReportField.INCOMING_DOCS, 1000);
        v.put(ReportField.INCOMING_DOCS_ELECTRONIC, 600);
        v.put(ReportField.OUTGOING_DOCS, 400);
        v.put(ReportField.OUTGOING_DOCS_ELECTRONIC, 200);
        v.put(ReportField.INTERCONNECTED, false);
        v.put(ReportField.DIGITAL_SIGNATURES, false);
        return v;
    }

    static List<String> problems(Map<ReportField, Object> v) {
        return ReportRules.submissionProblems(v, TODAY).stream()
                .map(p -> p.field().property() + " " + p.messageKey())
                .toList();
    }

    static Map<ReportField, Object> with(ReportField field, Object value) {
        Map<ReportField, Object> v = valid();
        v.put(field, value);
        return v;
    }

    @Test
    void aCompleteReportPasses() {
        assertThat(problems(valid())).isEmpty();
        assertThat(ReportRules.warnings(valid(), null, false)).isEmpty();
    }

    @Test
    void anEmptyReportNeedsEveryRequiredAnswerAndNothingElse() {
        Map<ReportField, Object> empty = new EnumMap<>(ReportField.class);
        List<String> expected = java.util.Arrays.stream(ReportField.values())
                .filter(ReportField::requiredToSubmit)
                .map(f -> f.property() + " report.rule.required")
                .toList();
        assertThat(problems(empty)).containsExactlyElementsOf(expected);
        assertThat(expected)
                .doesNotContain(
                        "lanUpgradedYear report.rule.required",
                        "level1 report.rule.required",
                        "hasFirewall report.rule.required",
                        "deployedSince report.rule.required");
    }

    @Test
    void partsCannotExceedTheirWhole() {
        assertThat(problems(with(ReportField.PCS_INTERNET, 81))).containsExactly("pcsInternet report.rule.notAbovePcs");
        assertThat(problems(with(ReportField.PCS_INTERNET, 80))).isEmpty();
        assertThat(problems(with(ReportField.PCS_ANTIVIRUS, 81)))
                .containsExactly("pcsAntivirus report.rule.notAbovePcs");
        assertThat(problems(with(ReportField.MAILBOXES, 201)))
                .containsExactly("mailboxes report.rule.mailboxesAboveTwiceStaff");
        assertThat(problems(with(ReportField.MAILBOXES, 200))).isEmpty();
        assertThat(problems(with(ReportField.STAFF_USING_EMAIL, 101)))
                .containsExactly("staffUsingEmail report.rule.notAboveStaff");
        assertThat(problems(with(ReportField.STAFF_USING_FREE_MAIL, 101)))
                .containsExactly("staffUsingFreeMail report.rule.notAboveStaff");
        assertThat(problems(with(ReportField.IT_STAFF, 101))).containsExactly("itStaff report.rule.notAboveStaff");
        assertThat(problems(with(ReportField.INCOMING_DOCS_ELECTRONIC, 1001)))
                .containsExactly("incomingDocsElectronic report.rule.notAboveTotal");
        assertThat(problems(with(ReportField.OUTGOING_DOCS_ELECTRONIC, 401)))
                .containsExactly("outgoingDocsElectronic report.rule.notAboveTotal");
    }

    @Test
    void theLimitIsTheMessageArgument() {
        var problem = ReportRules.submissionProblems(with(ReportField.MAILBOXES, 250), TODAY)
                .get(0);
        assertThat(problem.args()).containsExactly(200L);
    }

    @Test
    void datesAndYearsCannotBeInTheFuture() {
        assertThat(problems(with(ReportField.DEPLOYED_SINCE, TODAY.plusDays(1))))
                .containsExactly("deployedSince report.rule.dateInFuture");
        assertThat(problems(with(ReportField.DEPLOYED_SINCE, TODAY))).isEmpty();
        assertThat(problems(with(ReportField.LAN_UPGRADED_YEAR, 2016)))
                .containsExactly("lanUpgradedYear report.rule.yearInFuture");
        assertThat(problems(with(ReportField.LAN_UPGRADED_YEAR, 2015))).isEmpty();
    }

    @Test
    void conditionalAnswers() {
        assertThat(problems(with(ReportField.DEPLOYED_SINCE, null)))
                .containsExactly("deployedSince report.rule.deployedSinceRequired");
        Map<ReportField, Object> notDeployed = with(ReportField.DEPLOYED, false);
        notDeployed.put(ReportField.DEPLOYED_SINCE, null);
        assertThat(problems(notDeployed)).isEmpty();
        Map<ReportField, Object> noLan = with(ReportField.HAS_LAN, false);
        assertThat(problems(noLan)).containsExactly("lanUpgradedYear report.rule.lanYearWithoutLan");
        noLan.put(ReportField.LAN_UPGRADED_YEAR, null);
        assertThat(problems(noLan)).isEmpty();
    }

    @Test
    void aChangeOfMoreThanHalfFromThePreviousApprovedReportIsAWarning() {
        Map<ReportField, Object> previous = valid();
        Map<ReportField, Object> now = valid();
        now.put(ReportField.PCS, 121); // +51.25%
        now.put(ReportField.PCS_INTERNET, 112); // +49.3%: not remarkable
        now.put(ReportField.SERVERS, 4); // +100% but only 2 more: not remarkable
        now.put(ReportField.INCOMING_DOCS, 250); // −75%, a flow: compared only between periods of the same length
        List<Warning> warnings = ReportRules.warnings(now, previous, false);
        assertThat(warnings).extracting(Warning::code).containsExactly("change:pcs");
        assertThat(warnings.get(0).args()).containsExactly("80", "121", "+51,2%"); // DisplayFormat rounds half-even

        assertThat(ReportRules.warnings(now, previous, true))
                .extracting(Warning::code)
                .containsExactly("change:pcs", "change:incomingDocs");
        assertThat(ReportRules.warnings(now, previous, true).get(1).args()).containsExactly("1.000", "250", "−75%");
    }

    @Test
    void aPreviousZeroOrBlankIsNotCompared() {
        Map<ReportField, Object> previous = valid();
        previous.put(ReportField.SERVERS, 0);
        previous.put(ReportField.PRINTERS, null);
        Map<ReportField, Object> now = valid();
        now.put(ReportField.SERVERS, 40);
        now.put(ReportField.PRINTERS, 90);
        assertThat(ReportRules.warnings(now, previous, true)).isEmpty();
    }

    @Test
    void ratiosThatLookWrongAreWarnings() {
        assertThat(ReportRules.warnings(with(ReportField.PCS, 151), null, false))
                .extracting(Warning::code)
                .containsExactly("pcsPerStaff:pcs");
        assertThat(ReportRules.warnings(with(ReportField.PCS, 150), null, false))
                .isEmpty();
        Map<ReportField, Object> few = valid();
        few.put(ReportField.PCS, 29);
        few.put(ReportField.PCS_INTERNET, 29);
        few.put(ReportField.PCS_ANTIVIRUS, 29);
        assertThat(ReportRules.warnings(few, null, false))
                .extracting(Warning::code)
                .containsExactly("fewPcs:pcs");
        assertThat(ReportRules.warnings(with(ReportField.STAFF_USING_EMAIL, 61), null, false))
                .extracting(Warning::code)
                .containsExactly("usersAboveMailboxes:staffUsingEmail");
        assertThat(ReportRules.warnings(with(ReportField.OUTGOING_EMAIL_PERCENT, new BigDecimal("9.5")), null, false))
                .extracting(Warning::code)
                .containsExactly("regularButRare:outgoingEmailPercent");
        assertThat(ReportRules.warnings(with(ReportField.DEPLOYED, false), null, false))
                .extracting(Warning::code)
                .containsExactly("notDeployedButUsed:deployed");
        assertThat(ReportRules.warnings(with(ReportField.ACTIVE_USERS, 101), null, false))
                .extracting(Warning::code)
                .containsExactly("eofficeUsersAboveStaff:activeUsers");
    }

    @Test
    void warningsAreStoredAndReadBackLineByLine() {
        List<Warning> warnings = List.of(
                Warning.of("change", ReportField.PCS, "80", "121", "+51,3%"),
                Warning.of("notDeployedButUsed", ReportField.DEPLOYED));
        String stored = Warning.encodeAll(warnings);
        assertThat(stored).isEqualTo("change:pcs|80|121|+51,3%\nnotDeployedButUsed:deployed");
        assertThat(Warning.decodeAll(stored)).isEqualTo(warnings);
        assertThat(Warning.decodeAll(stored).get(0).messageKey()).isEqualTo("report.warning.change");
        assertThat(Warning.decodeAll(stored).get(0).fieldLabelKey()).isEqualTo("report.field.pcs");
        assertThat(Warning.decodeAll("nonsense\n\n")).isEmpty();
        assertThat(Warning.encodeAll(List.of())).isNull();
    }
}
