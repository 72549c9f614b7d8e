package vn.itplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.itplan.support.PostgresTest;

/**
 * What the features write into the trail as {@link AuditText} (a key and its arguments) reads as a sentence in
 * each language, with values as on the screens; arguments survive any character.
 */
@PostgresTest
class AuditTextTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    AuditTrailView view;

    @Test
    void argumentsSurviveSeparatorsEscapesLineBreaksAndLeadingMarks() {
        String stored = AuditText.of("k.x", "a|b", "c\\d", "line\nbreak", "#not-a-key", AuditText.key("k.y", "1|2"));
        AuditText.Parsed parsed = AuditText.parse(stored);
        assertThat(stored).doesNotContain("\n");
        assertThat(parsed.key()).isEqualTo("k.x");
        assertThat(parsed.args().subList(0, 4)).containsExactly("a|b", "c\\d", "line\nbreak", "#not-a-key");
        assertThat(parsed.args().get(4)).isInstanceOf(AuditText.Key.class);
        AuditText.Parsed nested = AuditText.parse(((AuditText.Key) parsed.args().get(4)).text());
        assertThat(nested.key()).isEqualTo("k.y");
        assertThat(nested.args()).containsExactly("1|2");
        assertThat(AuditText.parse("plain text")).isNull();
    }

    Row row(String action, String type, String summary, String details, Locale locale) {
        return new Row(view.row(
                new AuditEvent(Instant.parse("2026-03-02T03:00:00Z"), "t", action, type, 1L, summary, details),
                null,
                locale));
    }

    record Row(AuditTrailView.Row row) {
        String summary() {
            return row.summary();
        }

        String details() {
            return row.detailsText();
        }
    }

    @Test
    void aRevisionReadsAsASentenceInBothLanguages() {
        String summary = AuditText.of("audit.summary.plan.revisedAs", "263/KH-UBND", 1, 42L);
        assertThat(row("PLAN_REVISED", "Plan", summary, null, Locale.ENGLISH).summary())
                .isEqualTo("263/KH-UBND: revision 1 drafted as a new plan (record 42)");
        assertThat(row("PLAN_REVISED", "Plan", summary, null, VI).summary())
                .isEqualTo("263/KH-UBND: dự thảo sửa đổi lần 1 thành kế hoạch mới (bản ghi 42)");
    }

    @Test
    void datesPeriodsAndInstantsAreWrittenAsOnTheScreens() {
        String period = AuditText.of(
                "audit.summary.period.created",
                AuditText.key("period.label.QUARTERLY", 2026, 1),
                LocalDate.of(2026, 4, 20));
        assertThat(row("PERIOD_CREATED", "ReportingPeriod", period, null, VI).summary())
                .isEqualTo("Quý 1/2026, hạn nộp 20/04/2026");
        assertThat(row("PERIOD_CREATED", "ReportingPeriod", period, null, Locale.ENGLISH)
                        .summary())
                .isEqualTo("Q1 2026, due 20/04/2026");
        String locked =
                AuditText.of("audit.summary.signIn.lockedName", "qt-stc", Instant.parse("2026-03-02T03:15:00Z"), 5);
        assertThat(row("ACCOUNT_LOCKED", "USER", locked, null, VI).summary())
                .startsWith("Tên đăng nhập qt-stc bị khóa đến ")
                .contains("02/03/2026")
                .endsWith("sau 5 lần đăng nhập sai")
                .doesNotContain("2026-03-02T");
    }

    @Test
    void acknowledgedWarningsAndChangedFieldsReadInWords() {
        String details = "acknowledged: "
                + AuditText.of("report.warning.change", AuditText.key("report.field.pcs"), "40", "100", "+150%")
                + "\nnote: xin xem lại";
        Row vi = row("REPORT_SUBMITTED", "StatusReport", "DRAFT → SUBMITTED", details, VI);
        assertThat(vi.details())
                .contains("Số máy tính đang sử dụng (máy): 40 → 100 (+150%)")
                .doesNotContain("report.field")
                .doesNotContain("§");
        Row saved = row(
                "REPORT_SAVED", "StatusReport", "staffCount, pcs", "staffCount: 85 → 86\npcs: 40 → 41", Locale.ENGLISH);
        assertThat(saved.summary()).isEqualTo("Civil servants and public employees (people), Computers in use");
    }

    /** (audit.summary.plan.taskAdded has no words, only its values: the same in both languages.) */
    @Test
    void everySummaryKeyHasBothLanguages() {
        for (String key : List.of(
                "audit.summary.plan.issued",
                "audit.summary.plan.revisionOf",
                "audit.summary.plan.basisAdded",
                "audit.summary.plan.basisRemoved",
                "audit.summary.plan.moved",
                "audit.summary.plan.sectionDeleted",
                "audit.summary.plan.targetDeleted",
                "audit.summary.report.created",
                "audit.summary.report.prefilled",
                "audit.summary.attachment",
                "audit.summary.deadline.granted",
                "audit.summary.deadline.changed",
                "audit.summary.unit.moved",
                "audit.summary.users.imported",
                "audit.summary.signIn.from",
                "audit.summary.signIn.failed",
                "audit.summary.signIn.lockedAddress")) {
            String en = row("X", "Plan", AuditText.of(key, "a", "b", "c", "d"), null, Locale.ENGLISH)
                    .summary();
            String vi = row("X", "Plan", AuditText.of(key, "a", "b", "c", "d"), null, VI)
                    .summary();
            assertThat(en).as(key).doesNotContain("audit.summary").isNotEqualTo(vi);
        }
    }
}
