package vn.itplan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.security.TestUsers;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.StaleEditException;

/**
 * The unit tree on PostgreSQL: paths and levels kept by the service, subtrees as prefix queries,
 * moves of whole branches in one UPDATE, cycles refused, codes unique. Every unit made here is
 * non-reporting so that the demo's "29 units" stay 29 for other tests.
 */
@PostgresTest
@WithMockUser(roles = "IT_STAFF")
class UnitTreeTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    UnitAdminService admin;

    @Autowired
    UnitService units;

    @Autowired
    UnitRepository repository;

    @Autowired
    AuditService audit;

    @AfterEach
    void removeTestUnits() {
        TestUnits.removeAll(repository);
    }

    Unit province() {
        return units.findByCode("KONTUM").orElseThrow();
    }

    Unit create(String prefix, Unit parent) {
        UnitForm form = UnitForm.blank(parent.getId());
        form.setCode(TestUnits.PREFIX + prefix + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet());
        form.setName("Đơn vị thử " + prefix);
        form.setKind(UnitKind.OTHER);
        form.setReporting(false);
        return admin.create(form, TestUsers.staff("tester"));
    }

    @Test
    void aNewUnitGetsItsPathAndLevelOnceItsIdIsKnown() {
        Unit a = create("A", province());
        Unit b = create("B", a);

        assertThat(units.get(a.getId()).getPath()).isEqualTo(province().getPath() + a.getId() + "/");
        assertThat(units.get(a.getId()).getLevel()).isEqualTo(1);
        assertThat(units.get(b.getId()).getPath()).isEqualTo(province().getPath() + a.getId() + "/" + b.getId() + "/");
        assertThat(units.get(b.getId()).getLevel()).isEqualTo(2);
        assertThat(units.get(b.getId()).getParentId()).isEqualTo(a.getId());
        assertThat(audit.historyOf("Unit", b.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly("UNIT_CREATED");
        assertThat(audit.historyOf("Unit", b.getId()).get(0).getDetails()).contains("parent: — → " + a.getCode());
    }

    @Test
    void aSubtreeIsThePathPrefixAndNothingElse() {
        Unit a = create("A", province());
        Unit b = create("B", a);
        Unit c = create("C", b);
        Unit other = create("D", province());

        assertThat(units.subtree(a.getId())).extracting(Unit::getId).containsExactly(a.getId(), b.getId(), c.getId());
        assertThat(units.subtree(b.getId())).extracting(Unit::getId).containsExactly(b.getId(), c.getId());
        assertThat(units.subtree(province().getId()))
                .extracting(Unit::getId)
                .contains(a.getId(), b.getId(), c.getId(), other.getId())
                .hasSize((int) repository.count());
    }

    @Test
    void movingABranchRewritesThePathsAndLevelsOfEveryDescendant() {
        Unit a = create("A", province());
        Unit b = create("B", a);
        Unit c = create("C", b);
        Unit target = create("D", province());
        Unit deeper = create("E", target);

        admin.move(a.getId(), moveTo(deeper, units.get(a.getId())), TestUsers.staff("tester"));

        String base = units.get(deeper.getId()).getPath();
        Unit movedA = units.get(a.getId());
        Unit movedB = units.get(b.getId());
        Unit movedC = units.get(c.getId());
        assertThat(movedA.getParentId()).isEqualTo(deeper.getId());
        assertThat(movedA.getPath()).isEqualTo(base + a.getId() + "/");
        assertThat(movedB.getPath()).isEqualTo(base + a.getId() + "/" + b.getId() + "/");
        assertThat(movedC.getPath()).isEqualTo(base + a.getId() + "/" + b.getId() + "/" + c.getId() + "/");
        assertThat(List.of(movedA.getLevel(), movedB.getLevel(), movedC.getLevel()))
                .containsExactly(3, 4, 5);
        assertThat(movedB.getParentId())
                .as("only the moved unit changes parent")
                .isEqualTo(a.getId());
        assertThat(units.subtree(target.getId()))
                .extracting(Unit::getId)
                .containsExactly(target.getId(), deeper.getId(), a.getId(), b.getId(), c.getId());
        assertThat(units.get(target.getId()).getPath())
                .as("units outside the branch are untouched")
                .isEqualTo(target.getPath());

        AuditEvent moved = audit.historyOf("Unit", a.getId()).get(1);
        assertThat(moved.getAction()).isEqualTo("UNIT_MOVED");
        assertThat(moved.getDetails())
                .contains("parent: KONTUM → " + deeper.getCode())
                .contains("unitsMoved: 3")
                .contains("level: 1 → 3");

        admin.move(a.getId(), moveTo(province(), units.get(a.getId())), TestUsers.staff("tester"));
        assertThat(units.get(c.getId()).getPath())
                .as("and back up again")
                .isEqualTo(province().getPath() + a.getId() + "/" + b.getId() + "/" + c.getId() + "/");
        assertThat(units.get(c.getId()).getLevel()).isEqualTo(3);
    }

    @Test
    void aMoveMakesEditsOpenedBeforeItStale() {
        Unit a = create("A", province());
        Unit b = create("B", a);
        long versionBefore = units.get(b.getId()).getVersion();

        admin.move(a.getId(), moveTo(create("D", province()), units.get(a.getId())), TestUsers.staff("tester"));

        UnitForm edit = UnitForm.of(units.get(b.getId()));
        edit.setVersion(versionBefore);
        assertThatThrownBy(() -> admin.update(b.getId(), edit, TestUsers.staff("tester")))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aUnitCannotBeMovedUnderItselfOrItsOwnDescendant() {
        Unit a = create("A", province());
        Unit b = create("B", a);
        Unit c = create("C", b);
        String pathBefore = units.get(c.getId()).getPath();

        assertThatThrownBy(() -> admin.move(a.getId(), moveTo(a, units.get(a.getId())), TestUsers.staff("tester")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("unit.move.cycle"));
        assertThatThrownBy(() -> admin.move(a.getId(), moveTo(c, units.get(a.getId())), TestUsers.staff("tester")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("unit.move.cycle"));
        assertThatThrownBy(() -> admin.move(province().getId(), moveTo(a, province()), TestUsers.staff("tester")))
                .as("the root is above everything")
                .isInstanceOf(InvalidInputException.class);

        assertThat(units.get(c.getId()).getPath()).isEqualTo(pathBefore);
        assertThat(units.get(a.getId()).getParentId()).isEqualTo(province().getId());
        assertThat(audit.historyOf("Unit", a.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly("UNIT_CREATED");
    }

    @Test
    void aMoveToTheSameParentOrAnInactiveParentIsRefused() {
        Unit a = create("A", province());
        Unit closed = create("X", province());
        admin.setActive(closed.getId(), false, units.get(closed.getId()).getVersion(), TestUsers.staff("tester"));

        assertThatThrownBy(() ->
                        admin.move(a.getId(), moveTo(province(), units.get(a.getId())), TestUsers.staff("tester")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("unit.move.sameParent"));
        assertThatThrownBy(() -> admin.move(a.getId(), moveTo(closed, units.get(a.getId())), TestUsers.staff("tester")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("unit.parent.inactive"));
    }

    @Test
    void codesAreUniqueInTheServiceAndInTheDatabase() {
        UnitForm form = UnitForm.blank(province().getId());
        form.setCode("dakha");
        form.setName("Trùng mã");
        form.setKind(UnitKind.OTHER);
        form.setReporting(false);
        assertThat(form.getCode()).isEqualTo("DAKHA");
        assertThatThrownBy(() -> admin.create(form, TestUsers.staff("tester")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.first().field()).isEqualTo("code");
                    assertThat(e.first().messageKey()).isEqualTo("unit.code.duplicate");
                });

        Unit a = create("A", province());
        UnitForm rename = UnitForm.of(units.get(a.getId()));
        rename.setCode("SNV");
        assertThatThrownBy(() -> admin.update(a.getId(), rename, TestUsers.staff("tester")))
                .isInstanceOf(InvalidInputException.class);

        Unit duplicate = new Unit("STC", "Bản sao Sở Tài chính", UnitKind.SO);
        duplicate.classify(UnitKind.SO, null, false, 0);
        assertThatThrownBy(() -> repository.saveAndFlush(duplicate))
                .as("the unique constraint backs the check")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theTreeHasOneRootAndActiveUnitsHaveActiveParents() {
        UnitForm orphan = UnitForm.blank(null);
        orphan.setCode(TestUnits.PREFIX + "ORPHAN-" + SEQ.incrementAndGet());
        orphan.setName("Không có cấp trên");
        orphan.setKind(UnitKind.OTHER);
        assertThatThrownBy(() -> admin.create(orphan, TestUsers.staff("tester")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("unit.parent.required"));

        Unit a = create("A", province());
        Unit b = create("B", a);
        assertThatThrownBy(() ->
                        admin.setActive(a.getId(), false, units.get(a.getId()).getVersion(), TestUsers.staff("tester")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("unit.deactivate.activeChildren"));

        admin.setActive(b.getId(), false, units.get(b.getId()).getVersion(), TestUsers.staff("tester"));
        admin.setActive(a.getId(), false, units.get(a.getId()).getVersion(), TestUsers.staff("tester"));
        assertThatThrownBy(() ->
                        admin.setActive(b.getId(), true, units.get(b.getId()).getVersion(), TestUsers.staff("tester")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("unit.reactivate.parentInactive"));
        UnitForm under = UnitForm.blank(a.getId());
        under.setCode(TestUnits.PREFIX + "UNDER-" + SEQ.incrementAndGet());
        under.setName("Dưới đơn vị đã ngừng");
        under.setKind(UnitKind.OTHER);
        assertThatThrownBy(() -> admin.create(under, TestUsers.staff("tester")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.first().messageKey()).isEqualTo("unit.parent.inactive"));

        admin.setActive(a.getId(), true, units.get(a.getId()).getVersion(), TestUsers.staff("tester"));
        admin.setActive(b.getId(), true, units.get(b.getId()).getVersion(), TestUsers.staff("tester"));
        assertThat(units.get(b.getId()).isActive()).isTrue();
        assertThat(audit.historyOf("Unit", a.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly("UNIT_CREATED", "UNIT_DEACTIVATED", "UNIT_REACTIVATED");
    }

    @Test
    void anEditRecordsOnlyTheFieldsThatChanged() {
        Unit a = create("A", province());
        UnitForm form = UnitForm.of(units.get(a.getId()));
        form.setShortName("Viết tắt mới");
        form.setGsoCode("9990");
        admin.update(a.getId(), form, TestUsers.staff("tester"));

        List<AuditEvent> history = audit.historyOf("Unit", a.getId());
        assertThat(history).extracting(AuditEvent::getAction).containsExactly("UNIT_CREATED", "UNIT_UPDATED");
        assertThat(history.get(1).getSummary()).isEqualTo(a.getCode() + ": shortName, gsoCode");
        assertThat(history.get(1).getDetails()).isEqualTo("shortName: — → Viết tắt mới\ngsoCode: — → 9990");

        admin.update(a.getId(), UnitForm.of(units.get(a.getId())), TestUsers.staff("tester"));
        assertThat(audit.historyOf("Unit", a.getId()))
                .as("saving without a change records nothing")
                .hasSize(2);
    }

    @Test
    void theCatalogueFindsUnitsWithoutDiacriticsAndShowsThemInTheirPlace() {
        UnitSearch search = new UnitSearch();
        search.setQ("dak ha");
        UnitViews.Catalogue found = admin.catalogue(search);
        assertThat(found.rows()).extracting(Unit::getCode).containsExactly("DAKHA");
        assertThat(found.tree()).hasSize(1);
        assertThat(found.tree().get(0).unit().getCode()).isEqualTo("KONTUM");
        assertThat(found.tree().get(0).context()).isTrue();
        assertThat(found.tree().get(0).children())
                .extracting(n -> n.unit().getCode())
                .containsExactly("DAKHA");

        search.setQ("ĐĂK HÀ");
        assertThat(admin.catalogue(search).rows()).extracting(Unit::getCode).containsExactly("DAKHA");
        search.setQ("sở kh&đt");
        assertThat(admin.catalogue(search).rows()).extracting(Unit::getCode).containsExactly("SKHDT");
        search.setQ("615");
        assertThat(admin.catalogue(search).rows()).extracting(Unit::getCode).containsExactly("DAKHA");

        UnitSearch byKind = new UnitSearch();
        byKind.setKind("UBND_HUYEN");
        byKind.setStatus("active");
        assertThat(admin.catalogue(byKind).rows())
                .extracting(Unit::getCode)
                .contains("DAKGLEI", "DAKHA", "TUMORONG")
                .doesNotContain("TPKONTUM", "STC");
        byKind.setKind("NOT-A-KIND");
        assertThat(admin.catalogue(byKind).filtered())
                .as("an unknown kind is ignored")
                .isTrue();
    }

    private static MoveForm moveTo(Unit parent, Unit moving) {
        MoveForm form = new MoveForm();
        form.setParentId(parent.getId());
        form.setVersion(moving.getVersion());
        return form;
    }
}
