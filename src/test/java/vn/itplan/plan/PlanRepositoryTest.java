package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.plan.PlanViews.BudgetSummary;
import vn.itplan.plan.PlanViews.LegalBasisView;
import vn.itplan.plan.PlanViews.SectionView;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.TestYears;
import vn.itplan.unit.UnitService;
import vn.itplan.web.InvalidInputException;

/** The plan's SQL and ordering rules on the real PostgreSQL, through the services that use them. */
@PostgresTest
@WithUserDetails("itstaff")
class PlanRepositoryTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private static final int YEAR = TestYears.planYear();

    @Autowired
    PlanService plans;

    @Autowired
    PlanMetadataService metadata;

    @Autowired
    PlanLegalBasisService bases;

    @Autowired
    PlanSectionService sectionEdits;

    @Autowired
    PlanTaskService taskEdits;

    @Autowired
    PlanLifecycleService lifecycle;

    @Autowired
    PlanTaskRepository taskRepository;

    @Autowired
    UnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    CurrentUser staff() {
        return (CurrentUser) users.loadUserByUsername("itstaff");
    }

    Plan newPlan() {
        PlanForm form = PlanForm.blank(YEAR);
        form.setNumber((900 + SEQ.incrementAndGet()) + "/KH-REPO" + System.nanoTime() % 100000);
        form.setTitle("Kế hoạch thử nghiệm");
        form.setOutline(false);
        return metadata.create(form, staff());
    }

    @Test
    void aNewPlanStartsFromTheStandardOutlineNumberedFromTheTree() {
        PlanForm form = PlanForm.blank(YEAR);
        form.setNumber((900 + SEQ.incrementAndGet()) + "/KH-OUT" + System.nanoTime() % 100000);
        form.setTitle("Kế hoạch theo dàn ý");
        Plan plan = metadata.create(form, staff());
        List<String> titles = plans.sections(plan.getId()).stream()
                .map(PlanViews.SectionView::fullTitle)
                .toList();
        assertThat(titles)
                .startsWith(
                        "I. Căn cứ lập Kế hoạch",
                        "II. Hiện trạng ứng dụng công nghệ thông tin",
                        "1. Môi trường pháp lý")
                .contains("6. Đánh giá chung", "III. Mục tiêu", "1. Mục tiêu chung", "2. Mục tiêu cụ thể")
                .endsWith("VII. Tổ chức thực hiện");
    }

    @Test
    void sectionNumbersFollowTheTreeWithVietnameseLetters() {
        assertThat(SectionNumbers.of(0, 3, null)).isEqualTo("IV.");
        assertThat(SectionNumbers.of(0, 8, null)).isEqualTo("IX.");
        assertThat(SectionNumbers.of(1, 2, "II.")).isEqualTo("3.");
        assertThat(SectionNumbers.of(2, 1, "3.")).isEqualTo("3.2.");
        assertThat(java.util.stream.IntStream.range(0, 7).mapToObj(i -> SectionNumbers.of(3, i, "3.2.")))
                .containsExactly("a)", "b)", "c)", "d)", "đ)", "e)", "g)");
    }

    @Test
    void theDemoPlanCitesItsElevenLegalBasesInTheSeedsOrder() {
        Plan plan = demoPlan();
        assertThat(plans.legalBases(plan.getId()))
                .extracting(b -> b.document().getNumber())
                .containsExactly(
                        "67/2006/QH11",
                        "51/2005/QH11",
                        "64/2007/NĐ-CP",
                        "1605/QĐ-TTg",
                        "465/QĐ-UBND",
                        "1388/QĐ-UBND",
                        "686/QĐ-UBND",
                        "03/2011/CT-UBND",
                        "170/QĐ-UBND",
                        "2016/BTTTT-THH",
                        "1635/VP-VX");
        assertThat(plans.legalBases(plan.getId()))
                .extracting(LegalBasisView::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void theDemoPlanSectionsReadInDocumentOrder() {
        List<SectionView> sections = plans.sections(demoPlan().getId());
        assertThat(sections)
                .extracting(v -> v.section().getHeading() + v.depth())
                .containsExactly("I.0", "II.0", "1.1", "2.1", "3.1", "3.1.2", "3.2.2");
        SectionView two = sections.get(1);
        assertThat(two.descendants()).isEqualTo(5);
        assertThat(sections.get(3).section().getBody())
                .startsWith("- Trong năm 2014 được sự quan tâm của UBND tỉnh")
                .contains("nâng cấp hệ thống mạng LAN\n- Trang thiết bị")
                .doesNotContain("LAN1");
        assertThat(sections.get(5).section().getBody())
                .contains("UBND các huyện, thành phố. Các đơn vị")
                .doesNotContain("thành phố2");
        assertThat(sections.get(6).section().getBody()).contains("được 29/29 đơn vị; triển khai thêm");
    }

    @Test
    void theDemoBudgetIsSummedBySource() {
        BudgetSummary budget = plans.budget(demoPlan().getId());
        // 290.000.000 central; 2.500.000.000 + 1.200.000.000 + 1.800.000.000 provincial; 150.000.000 other
        assertThat(budget.bySource())
                .extracting(BudgetTotal::source, BudgetTotal::budget)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FundingSource.CENTRAL, 290_000_000L),
                        org.assertj.core.groups.Tuple.tuple(FundingSource.PROVINCIAL, 5_500_000_000L),
                        org.assertj.core.groups.Tuple.tuple(FundingSource.OTHER, 150_000_000L));
        assertThat(budget.total()).isEqualTo(5_940_000_000L);
    }

    @Test
    void budgetTotalsGroupBySourceLeaveOutCancelledTasksAndShowEmptySourcesAsZero() {
        Plan plan = newPlan();
        addTask(plan, "A", 12_700_000_000L, FundingSource.PROVINCIAL, TaskStatus.PLANNED);
        addTask(plan, "B", 300_000_001L, FundingSource.PROVINCIAL, TaskStatus.DONE);
        addTask(plan, "C", 45_000_000L, FundingSource.CENTRAL, TaskStatus.IN_PROGRESS);
        addTask(plan, "D", 999_000_000L, FundingSource.CENTRAL, TaskStatus.CANCELLED);
        addTask(plan, "E", 0L, FundingSource.PROVINCIAL, TaskStatus.PLANNED);

        List<BudgetTotal> rows = taskRepository.budgetBySource(plan.getId());
        assertThat(rows)
                .extracting(BudgetTotal::source, BudgetTotal::tasks, BudgetTotal::budget)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FundingSource.PROVINCIAL, 3L, 13_000_000_001L),
                        org.assertj.core.groups.Tuple.tuple(FundingSource.CENTRAL, 1L, 45_000_000L));

        BudgetSummary summary = plans.budget(plan.getId());
        assertThat(summary.bySource())
                .extracting(BudgetTotal::budget)
                .containsExactly(45_000_000L, 13_000_000_001L, 0L);
        assertThat(summary.total()).isEqualTo(13_045_000_001L);
    }

    @Test
    void sectionsKeepTreeOrderThroughInsertsAndMoves() {
        Plan plan = newPlan();
        Long id = plan.getId();
        PlanSection one = section(id, null, null, "I.", "Một");
        PlanSection two = section(id, null, null, "II.", "Hai");
        PlanSection a = section(id, two.getId(), null, "1.", "Hai.1");
        PlanSection b = section(id, two.getId(), null, "2.", "Hai.2");
        PlanSection a1 = section(id, a.getId(), null, "1.1.", "Hai.1.1");
        // a sibling inserted right after "Một", before "Hai"
        PlanSection oneAndHalf = section(id, null, one.getId(), "I.bis", "Một rưỡi");

        assertThat(titles(id)).containsExactly("Một/0", "Một rưỡi/0", "Hai/0", "Hai.1/1", "Hai.1.1/2", "Hai.2/1");

        sectionEdits.move(id, b.getId(), true, staff());
        assertThat(titles(id)).containsExactly("Một/0", "Một rưỡi/0", "Hai/0", "Hai.2/1", "Hai.1/1", "Hai.1.1/2");

        sectionEdits.move(id, two.getId(), true, staff());
        sectionEdits.move(id, two.getId(), true, staff());
        sectionEdits.move(id, two.getId(), true, staff()); // already first: nothing happens
        assertThat(titles(id)).containsExactly("Hai/0", "Hai.2/1", "Hai.1/1", "Hai.1.1/2", "Một/0", "Một rưỡi/0");

        assertThat(sectionEdits.delete(id, a.getId(), staff())).isEqualTo(2);
        assertThat(titles(id)).containsExactly("Hai/0", "Hai.2/1", "Một/0", "Một rưỡi/0");
        assertThat(a1.getId()).isNotNull();
        assertThat(oneAndHalf.getId()).isNotNull();

        assertThat(audit.historyOf("Plan", id))
                .extracting(AuditEvent::getAction)
                .contains("SECTION_ADDED", "SECTION_MOVED", "SECTION_DELETED");
    }

    @Test
    void legalBasesKeepTheirOrderAfterMovesAndRemovals() {
        Plan plan = newPlan();
        Long id = plan.getId();
        List<Long> docs =
                documents("quyet dinh").stream().limit(4).map(d -> d.getId()).toList();
        assertThat(docs).hasSize(4);
        docs.forEach(doc -> bases.add(id, doc, staff()));
        assertThat(docIds(id)).containsExactlyElementsOf(docs);

        List<LegalBasisView> before = plans.legalBases(id);
        bases.move(id, before.get(3).id(), true, staff());
        bases.move(id, before.get(3).id(), true, staff());
        assertThat(docIds(id)).containsExactly(docs.get(0), docs.get(3), docs.get(1), docs.get(2));

        bases.move(id, before.get(0).id(), false, staff());
        assertThat(docIds(id)).containsExactly(docs.get(3), docs.get(0), docs.get(1), docs.get(2));

        bases.delete(id, before.get(1).id(), staff());
        assertThat(docIds(id)).containsExactly(docs.get(3), docs.get(0), docs.get(2));
        assertThat(plans.legalBases(id)).extracting(LegalBasisView::number).containsExactly(1, 2, 3);

        assertThatThrownBy(() -> bases.add(id, docs.get(0), staff()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("plan.basis.duplicate");
        assertThat(audit.historyOf("Plan", id))
                .extracting(AuditEvent::getAction)
                .containsSubsequence("PLAN_CREATED", "LEGAL_BASIS_ADDED", "LEGAL_BASIS_MOVED", "LEGAL_BASIS_REMOVED");
    }

    @Test
    void aRevisionCopiesEverythingIntoADraftThatKeepsTheNumber() {
        Plan plan = newPlan();
        Long id = plan.getId();
        bases.add(id, documents("1605").get(0).getId(), staff());
        PlanSection parent = section(id, null, null, "I.", "Cha");
        section(id, parent.getId(), null, "1.", "Con");
        addTask(plan, "Nhiệm vụ", 1_000L, FundingSource.OTHER, TaskStatus.PLANNED);
        PlanForm form = PlanForm.of(plans.get(id));
        form.setIssueDate(LocalDate.of(plan.getYear(), 1, 5));
        form.setSigner("Nguyễn Văn Ký");
        metadata.update(id, form, staff());
        signOffAsLeader(id);
        lifecycle.issue(id, true, staff());

        Plan revision = lifecycle.revise(id, staff());
        assertThat(revision.isDraft()).isTrue();
        assertThat(revision.getRevisionOf()).isEqualTo(id);
        assertThat(revision.getRevisionNo()).isEqualTo(1);
        assertThat(revision.getNumber()).isEqualTo(plan.getNumber());
        assertThat(titles(revision.getId())).containsExactly("Cha/0", "Con/1");
        assertThat(plans.legalBases(revision.getId())).hasSize(1);
        assertThat(plans.budget(revision.getId()).total()).isEqualTo(1_000L);
        assertThatThrownBy(() -> lifecycle.revise(id, staff())).isInstanceOf(PlanStateException.class);
        // the revision's metadata can be saved although the original has the same number
        metadata.update(revision.getId(), PlanForm.of(plans.get(revision.getId())), staff());
    }

    /** The leader's sign-off (the demo data asks for it before issue), as the leader. */
    private void signOffAsLeader(Long id) {
        CurrentUser leader = (CurrentUser) users.loadUserByUsername("leader");
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var saved = context.getAuthentication();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        leader, null, leader.getAuthorities()));
        try {
            lifecycle.signOff(id, leader);
        } finally {
            context.setAuthentication(saved);
        }
    }

    private void addTask(Plan plan, String name, long budget, FundingSource source, TaskStatus status) {
        TaskForm form = TaskForm.blank();
        form.setName(name);
        form.setLeadUnitId(units.findByCode("STTTT").orElseThrow().getId());
        form.setFunding(new java.util.ArrayList<>(List.of(new TaskForm.Line(source, budget))));
        form.setStatus(status);
        taskEdits.save(plan.getId(), form, staff());
    }

    private PlanSection section(Long planId, Long parentId, Long afterId, String heading, String title) {
        SectionForm form = new SectionForm();
        form.setParentId(parentId);
        form.setAfterId(afterId);
        form.setHeading(heading);
        form.setTitle(title);
        return sectionEdits.save(planId, form, staff());
    }

    private List<vn.itplan.legal.LegalDocument> documents(String query) {
        return bases.search(0L, query, 0).results().getContent();
    }

    private List<String> titles(Long planId) {
        return plans.sections(planId).stream()
                .map(v -> v.section().getTitle() + "/" + v.depth())
                .toList();
    }

    private List<Long> docIds(Long planId) {
        return plans.legalBases(planId).stream().map(b -> b.document().getId()).toList();
    }

    private Plan demoPlan() {
        return plans.listByYear().stream()
                .flatMap(g -> g.plans().stream())
                .map(PlanViews.PlanRow::plan)
                .filter(p -> p.getNumber().equals("263/KH-UBND") && p.getYear() == 2015 && p.getRevisionNo() == 0)
                .findFirst()
                .orElseThrow();
    }
}
