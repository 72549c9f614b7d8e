package vn.itplan.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.security.TestUsers;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.Problem;
import vn.itplan.web.StaleEditException;

/** The catalogue's rules and its audit trail, on PostgreSQL. */
@PostgresTest
@WithMockUser(roles = "IT_STAFF")
class LegalDocumentAdminServiceTest {

    @Autowired
    LegalDocumentAdminService admin;

    @Autowired
    LegalDocumentService documents;

    @Autowired
    AuditService audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    static LegalDocumentForm form(String number, LegalDocType type, String issuer, LocalDate issued, String title) {
        LegalDocumentForm form = new LegalDocumentForm();
        form.setNumber(number);
        form.setType(type);
        form.setIssuer(issuer);
        form.setIssueDate(issued);
        form.setTitle(title);
        return form;
    }

    private static String uniqueIssuer() {
        return "Sở Kiểm thử " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewDocumentIsStoredInStandardSpellingWithItsPartsAndAudited() {
        LegalDocumentForm form = form(
                " 12 / 2015 / qd-ubnd ",
                LegalDocType.QUYET_DINH,
                "  " + uniqueIssuer() + "  ",
                LocalDate.of(2015, 3, 2),
                "Ban hành  quy chế\nquản lý thư điện tử");
        form.setSigner("Lại Xuân Lâm");

        LegalDocument created = admin.create(form, TestUsers.staff("itstaff"));

        LegalDocument stored = documents.get(created.getId());
        assertThat(stored.getNumber()).isEqualTo("12/2015/QĐ-UBND");
        assertThat(stored.getSeq()).isEqualTo("12");
        assertThat(stored.getNumberYear()).isEqualTo(2015);
        assertThat(stored.getTypeCode()).isEqualTo("QĐ");
        assertThat(stored.getIssuerCode()).isEqualTo("UBND");
        assertThat(stored.getIssuer()).startsWith("Sở Kiểm thử").doesNotEndWith(" ");
        assertThat(stored.getTitle()).isEqualTo("Ban hành quy chế quản lý thư điện tử");
        assertThat(stored.getIssueYear()).isEqualTo(2015);
        assertThat(stored.getSearchText()).contains("12/2015/qd-ubnd", "quyet dinh", "quy che");

        AuditEvent event = audit.historyOf(LegalDocumentAdminService.ENTITY, created.getId())
                .get(0);
        assertThat(event.getAction()).isEqualTo("LEGAL_DOCUMENT_CREATED");
        assertThat(event.getActor()).isEqualTo("itstaff");
        assertThat(event.getDetails())
                .contains("number: — → 12/2015/QĐ-UBND", "issueDate: — → 02/03/2015", "signer: — → Lại Xuân Lâm")
                .doesNotContain("effectiveDate");
    }

    @Test
    void theNumberIsCheckedAgainstTheTypeAndTheIssueDate() {
        String issuer = uniqueIssuer();
        assertThat(admin.check(form("abc", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2015, 1, 1), "x"), null)
                        .asList())
                .containsExactly(Problem.field("number", "legal.number.error.format"));
        assertThat(admin.check(
                                form("64/2007/NĐ-CP", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2007, 4, 10), "x"),
                                null)
                        .asList())
                .containsExactly(Problem.field(
                        "number",
                        "legal.number.typeMismatch",
                        "NĐ",
                        new DefaultMessageSourceResolvable("legal.type.NGHI_DINH"),
                        new DefaultMessageSourceResolvable("legal.type.QUYET_DINH")));
        assertThat(admin.check(
                                form("64/2007/NĐ-CP", LegalDocType.NGHI_DINH, issuer, LocalDate.of(2008, 4, 10), "x"),
                                null)
                        .asList())
                .containsExactly(Problem.field("number", "legal.number.yearMismatch", "2007", "2008"));
        assertThat(admin.check(
                                form("2016/BTTTT-THH", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2014, 7, 18), "x"),
                                null)
                        .asList())
                .extracting(Problem::messageKey)
                .containsExactly("legal.number.typeMismatch.letter");
        assertThat(admin.check(
                                form("67/2006/QH11", LegalDocType.NGHI_DINH, issuer, LocalDate.of(2006, 6, 29), "x"),
                                null)
                        .asList())
                .extracting(Problem::messageKey)
                .containsExactly("legal.number.typeMismatch.law");
        assertThat(admin.check(
                                form("1211/2016/UBTVQH13", LegalDocType.LUAT, issuer, LocalDate.of(2016, 5, 25), "x"),
                                null)
                        .asList())
                .extracting(Problem::messageKey)
                .containsExactly("legal.number.typeMismatch.standingCommittee");
        // what fits is accepted
        assertThat(admin.check(form("67/2006/QH11", LegalDocType.LUAT, issuer, LocalDate.of(2006, 6, 29), "x"), null)
                        .asList())
                .isEmpty();
        assertThat(admin.check(
                                form(
                                        "9301/2014/NQ-QH13",
                                        LegalDocType.NGHI_QUYET,
                                        issuer,
                                        LocalDate.of(2014, 6, 1),
                                        "x"),
                                null)
                        .asList())
                .isEmpty();
        assertThat(admin.check(
                                form("9301/BTTTT-THH", LegalDocType.CONG_VAN, issuer, LocalDate.of(2014, 7, 18), "x"),
                                null)
                        .asList())
                .isEmpty();
        assertThat(admin.check(form("9301-NQ/TW", LegalDocType.NGHI_QUYET, issuer, LocalDate.of(2014, 7, 1), "x"), null)
                        .asList())
                .isEmpty();
    }

    @Test
    void datesAreCheckedOnTheServer() {
        String issuer = uniqueIssuer();
        LegalDocumentForm early =
                form("9302/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2015, 5, 10), "x");
        early.setEffectiveDate(LocalDate.of(2015, 5, 9));
        assertThat(admin.check(early, null).asList())
                .containsExactly(Problem.field("effectiveDate", "legal.effectiveDate.beforeIssue", "10/05/2015"));
        early.setEffectiveDate(LocalDate.of(2015, 5, 10));
        assertThat(admin.check(early, null).asList())
                .as("in force on the day of issue")
                .isEmpty();

        assertThat(admin.check(
                                form("9303/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(1900, 1, 1), "x"),
                                null)
                        .asList())
                .extracting(Problem::field)
                .containsExactly("issueDate");
        assertThat(admin.check(
                                form(
                                        "9303/QĐ-STTTT",
                                        LegalDocType.QUYET_DINH,
                                        issuer,
                                        LocalDate.now().plusYears(1),
                                        "x"),
                                null)
                        .asList())
                .extracting(Problem::field)
                .containsExactly("issueDate");
    }

    @Test
    void aDuplicateIsTheSameNumberIssuerAndYearWhateverTheSpelling() {
        assertThat(admin.check(
                                form(
                                        "263/KH-UBND",
                                        LegalDocType.KE_HOACH,
                                        "ubnd tinh  KON TUM",
                                        LocalDate.of(2015, 12, 1),
                                        "x"),
                                null)
                        .asList())
                .containsExactly(
                        Problem.field("number", "legal.number.duplicate", "263/KH-UBND", "UBND tỉnh Kon Tum", "2015"));
        assertThat(admin.check(
                                form(
                                        "263 / kh-ubnd",
                                        LegalDocType.KE_HOACH,
                                        "UBND tỉnh Kon Tum",
                                        LocalDate.of(2015, 3, 1),
                                        "x"),
                                null)
                        .asList())
                .extracting(Problem::messageKey)
                .containsExactly("legal.number.duplicate");
        assertThat(admin.check(
                                form(
                                        "263/KH-UBND",
                                        LegalDocType.KE_HOACH,
                                        "UBND tỉnh Kon Tum",
                                        LocalDate.of(2016, 2, 10),
                                        "x"),
                                null)
                        .asList())
                .as("numbering restarts every year")
                .isEmpty();
        assertThat(admin.check(
                                form(
                                        "263/KH-UBND",
                                        LegalDocType.KE_HOACH,
                                        "UBND tỉnh Gia Lai",
                                        LocalDate.of(2015, 2, 10),
                                        "x"),
                                null)
                        .asList())
                .as("another province's plan with the same number")
                .isEmpty();

        String issuer = uniqueIssuer();
        admin.create(
                form("9304/2014/NĐ-CP", LegalDocType.NGHI_DINH, issuer, LocalDate.of(2014, 1, 2), "Thứ nhất"),
                TestUsers.staff("itstaff"));
        assertThatThrownBy(() -> admin.create(
                        form(
                                "9304/2014/ND-CP",
                                LegalDocType.NGHI_DINH,
                                issuer.toUpperCase(),
                                LocalDate.of(2014, 8, 2),
                                "Thứ hai"),
                        TestUsers.staff("itstaff")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey)
                        .containsExactly("legal.number.duplicate"));
    }

    @Test
    void aDuplicateSavedAtTheSameMomentIsCaughtByTheConstraintWithTheSameMessage() throws Exception {
        String issuer = uniqueIssuer();
        LegalDocumentForm form =
                form("9305/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2015, 6, 1), "Đua");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        AtomicInteger firstBackend = new AtomicInteger();
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2));
        try {
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(status -> {
                admin.create(form, TestUsers.staff("first"));
                // the transaction's own connection: the backend that holds the new row's lock
                firstBackend.set(jdbc.queryForObject("select pg_backend_pid()", Integer.class));
                firstInserted.countDown();
                await(commitFirst);
            }));
            assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
            // The second sees no committed duplicate, inserts, and waits on the unique index for the first.
            Future<?> second = pool.submit(() -> admin.create(form, TestUsers.staff("second")));
            waitUntilBlockedBy(firstBackend.get(), second);
            commitFirst.countDown();
            first.get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems())
                                .containsExactly(Problem.field(
                                        "number", "legal.number.duplicate", "9305/QĐ-STTTT", issuer, "2015"));
                    });
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    /** Folding decomposes each of these syllables into three letters: 2100 characters of search text for the title. */
    @Test
    void aLongHangulTitleFitsTheSearchColumnAndIsFound() {
        String title = "각".repeat(700);
        LegalDocument created = admin.create(
                form("9310/QĐ-STTTT", LegalDocType.QUYET_DINH, uniqueIssuer(), LocalDate.of(2015, 10, 1), title),
                TestUsers.staff("itstaff"));

        LegalDocument stored = documents.get(created.getId());
        assertThat(stored.getTitle()).isEqualTo(title);
        assertThat(stored.getSearchText()).hasSizeGreaterThan(2100).contains("\u1100\u1161\u11a8".repeat(700));
        assertThat(documents.search(new LegalDocumentQuery("9310", null, null), PageRequest.of(0, 5)))
                .extracting(LegalDocument::getId)
                .contains(created.getId());
    }

    @Test
    void anIssuerTypedInDecomposedUnicodeIsTheSameIssuer() {
        String issuer = uniqueIssuer().replace("Kiểm thử", "Thông tin Đắk Hà");
        String decomposed = Normalizer.normalize(issuer, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(issuer);
        admin.create(
                form("9311/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2015, 11, 1), "Bản đầu"),
                TestUsers.staff("itstaff"));

        LegalDocumentForm again =
                form("9311/QĐ-STTTT", LegalDocType.QUYET_DINH, decomposed, LocalDate.of(2015, 11, 2), "Bản gõ tổ hợp");
        assertThat(admin.check(again, null).asList())
                .containsExactly(Problem.field("number", "legal.number.duplicate", "9311/QĐ-STTTT", issuer, "2015"));
        assertThatThrownBy(() -> admin.create(again, TestUsers.staff("itstaff")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("legal.number.duplicate"));

        // another issuer in decomposed form is stored composed, so the database's unique key compares like with like
        String other = Normalizer.normalize(uniqueIssuer() + " Đắk Tô", Normalizer.Form.NFD);
        LegalDocument stored = admin.create(
                form("9312/QĐ-STTTT", LegalDocType.QUYET_DINH, other, LocalDate.of(2015, 11, 3), "Tổ hợp"),
                TestUsers.staff("itstaff"));
        assertThat(documents.get(stored.getId()).getIssuer())
                .isEqualTo(Normalizer.normalize(other, Normalizer.Form.NFC));
    }

    @Test
    void anEditIsAuditedWithTheFieldsItChangedAndNothingElse() {
        String issuer = uniqueIssuer();
        LegalDocument created = admin.create(
                form("9306/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2015, 7, 1), "Tiêu đề cũ"),
                TestUsers.staff("itstaff"));
        LegalDocumentForm edit = LegalDocumentForm.of(documents.get(created.getId()));
        edit.setTitle("Tiêu đề mới");
        edit.setEffectiveDate(LocalDate.of(2015, 7, 15));

        LegalDocument updated = admin.update(created.getId(), edit, TestUsers.staff("admin"));

        assertThat(updated.getVersion()).isEqualTo(created.getVersion() + 1);
        AuditEvent event = audit.historyOf(LegalDocumentAdminService.ENTITY, created.getId())
                .get(1);
        assertThat(event.getAction()).isEqualTo("LEGAL_DOCUMENT_UPDATED");
        assertThat(event.getActor()).isEqualTo("admin");
        assertThat(event.getDetails()).isEqualTo("effectiveDate: — → 15/07/2015\ntitle: Tiêu đề cũ → Tiêu đề mới");
        assertThat(event.getSummary()).isEqualTo("9306/QĐ-STTTT: effectiveDate, title");

        // saving the same values again changes nothing and records nothing
        LegalDocumentForm same = LegalDocumentForm.of(documents.get(created.getId()));
        admin.update(created.getId(), same, TestUsers.staff("admin"));
        assertThat(documents.get(created.getId()).getVersion()).isEqualTo(updated.getVersion());
        assertThat(audit.historyOf(LegalDocumentAdminService.ENTITY, created.getId()))
                .hasSize(2);

        assertThat(admin.history(created.getId()))
                .extracting(LegalDocumentHistory::actionKey)
                .containsExactly("legal.history.LEGAL_DOCUMENT_CREATED", "legal.history.LEGAL_DOCUMENT_UPDATED");
        assertThat(admin.history(created.getId()).get(1).changes())
                .containsExactly(
                        new LegalDocumentHistory.Change("legal.label.effectiveDate", "", "15/07/2015"),
                        new LegalDocumentHistory.Change("legal.label.title", "Tiêu đề cũ", "Tiêu đề mới"));
    }

    @Test
    void anEditOfAnOutdatedVersionIsRefusedAndChangesNothing() {
        LegalDocument created = admin.create(
                form("9307/QĐ-STTTT", LegalDocType.QUYET_DINH, uniqueIssuer(), LocalDate.of(2015, 8, 1), "Bản gốc"),
                TestUsers.staff("itstaff"));
        LegalDocumentForm mine = LegalDocumentForm.of(documents.get(created.getId()));
        LegalDocumentForm theirs = LegalDocumentForm.of(documents.get(created.getId()));
        theirs.setTitle("Bản của người khác");
        admin.update(created.getId(), theirs, TestUsers.staff("admin"));

        mine.setTitle("Bản của tôi");
        assertThatThrownBy(() -> admin.update(created.getId(), mine, TestUsers.staff("itstaff")))
                .isInstanceOf(StaleEditException.class);
        mine.setVersion(null);
        assertThatThrownBy(() -> admin.update(created.getId(), mine, TestUsers.staff("itstaff")))
                .isInstanceOf(StaleEditException.class);
        assertThat(documents.get(created.getId()).getTitle()).isEqualTo("Bản của người khác");
    }

    @Test
    void anEditMayKeepItsOwnNumberButNotTakeAnother() {
        String issuer = uniqueIssuer();
        admin.create(
                form("9308/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2015, 9, 1), "Một"),
                TestUsers.staff("itstaff"));
        LegalDocument second = admin.create(
                form("9309/QĐ-STTTT", LegalDocType.QUYET_DINH, issuer, LocalDate.of(2015, 9, 2), "Hai"),
                TestUsers.staff("itstaff"));
        LegalDocumentForm edit = LegalDocumentForm.of(second);
        assertThat(admin.check(edit, second.getId()).asList()).isEmpty();
        edit.setNumber("9308/QĐ-STTTT");
        assertThat(admin.check(edit, second.getId()).asList())
                .extracting(Problem::messageKey)
                .containsExactly("legal.number.duplicate");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until a session is blocked by {@code blockerPid}'s locks: only this test's own sessions count, never lock
     * waits of tests running at the same time.
     */
    private void waitUntilBlockedBy(int blockerPid, Future<?> waiter) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && !waiter.isDone()) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))",
                    Integer.class,
                    blockerPid);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second insert never waited for the first (done early: " + waiter.isDone() + ")");
    }
}
