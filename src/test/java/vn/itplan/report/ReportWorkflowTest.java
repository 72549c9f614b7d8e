package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;
import vn.itplan.report.ReportWorkflow.ActionNotAllowedException;
import vn.itplan.report.ReportWorkflow.Window;
import vn.itplan.security.Role;

/** The state machine: every state × kind of user × action, allowed or refused, and the period locks. */
class ReportWorkflowTest {

    static final LocalDate TODAY = LocalDate.of(2015, 4, 20);
    static final Window OPEN = new Window(true, LocalDate.of(2015, 4, 10), null);

    /** Written out independently of ReportState: what each kind of user may do in each state. */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("DRAFT/UNIT", "VIEW VIEW_EVIDENCE EDIT SUBMIT"),
            Map.entry("DRAFT/STAFF", "VIEW VIEW_EVIDENCE"),
            Map.entry("DRAFT/LEADER", ""),
            Map.entry("SUBMITTED/UNIT", "VIEW VIEW_EVIDENCE"),
            Map.entry("SUBMITTED/STAFF", "VIEW VIEW_EVIDENCE APPROVE RETURN"),
            Map.entry("SUBMITTED/LEADER", ""),
            Map.entry("RETURNED/UNIT", "VIEW VIEW_EVIDENCE EDIT SUBMIT"),
            Map.entry("RETURNED/STAFF", "VIEW VIEW_EVIDENCE"),
            Map.entry("RETURNED/LEADER", ""),
            Map.entry("APPROVED/UNIT", "VIEW VIEW_EVIDENCE"),
            Map.entry("APPROVED/STAFF", "VIEW VIEW_EVIDENCE REOPEN"),
            Map.entry("APPROVED/LEADER", "VIEW"));

    static Stream<Arguments> everyCombination() {
        return Stream.of(ReportState.values()).flatMap(state -> Stream.of(ReportActor.values())
                .flatMap(actor -> Stream.of(ReportAction.values()).map(action -> Arguments.of(state, actor, action))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyCombination")
    void eachKindOfUserMayDoExactlyWhatTheTableSays(ReportState state, ReportActor actor, ReportAction action) {
        Set<String> allowed = Set.of(EXPECTED.get(state + "/" + actor).split(" "));
        assertThat(state.allows(actor, action)).isEqualTo(allowed.contains(action.name()));
        assertThat(ReportWorkflow.permissions(state, actor, OPEN, TODAY).can(action))
                .as("in an open period the locks remove nothing")
                .isEqualTo(allowed.contains(action.name()));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyCombination")
    void everyTransitionLeadsWhereItShouldOrIsRefused(ReportState state, ReportActor actor, ReportAction action) {
        if (!action.isTransition()) {
            assertThatThrownBy(() -> ReportWorkflow.transition(state, action, actor, OPEN, TODAY))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        boolean allowed = Set.of(EXPECTED.get(state + "/" + actor).split(" ")).contains(action.name());
        boolean everAllowed = EXPECTED.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/" + actor))
                .anyMatch(e -> Set.of(e.getValue().split(" ")).contains(action.name()));
        if (allowed) {
            ReportState expected =
                    switch (action) {
                        case SUBMIT -> ReportState.SUBMITTED;
                        case APPROVE -> ReportState.APPROVED;
                        case RETURN, REOPEN -> ReportState.RETURNED;
                        default -> throw new AssertionError(action);
                    };
            assertThat(ReportWorkflow.transition(state, action, actor, OPEN, TODAY))
                    .isEqualTo(expected);
        } else if (everAllowed) {
            assertThatThrownBy(() -> ReportWorkflow.transition(state, action, actor, OPEN, TODAY))
                    .as("a state problem is explained, not forbidden")
                    .isInstanceOf(ActionNotAllowedException.class);
        } else {
            assertThatThrownBy(() -> ReportWorkflow.transition(state, action, actor, OPEN, TODAY))
                    .as("this kind of user can never do it")
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theWholeGraphIsTheOneDocumentedOnReportState() {
        Set<String> edges = Stream.of(ReportState.values())
                .flatMap(state -> Stream.of(ReportActor.values()).flatMap(actor -> state.actionsFor(actor).stream()
                        .filter(ReportAction::isTransition)
                        .map(action -> state + " -" + action + "-> " + action.target())))
                .collect(Collectors.toSet());
        assertThat(edges)
                .containsExactlyInAnyOrder(
                        "DRAFT -SUBMIT-> SUBMITTED",
                        "SUBMITTED -APPROVE-> APPROVED",
                        "SUBMITTED -RETURN-> RETURNED",
                        "RETURNED -SUBMIT-> SUBMITTED",
                        "APPROVED -REOPEN-> RETURNED");
    }

    @Test
    void rolesMapToKindsOfUser() {
        assertThat(ReportActor.of(Role.UNIT_ADMIN)).isEqualTo(ReportActor.UNIT);
        assertThat(ReportActor.of(Role.IT_STAFF)).isEqualTo(ReportActor.STAFF);
        assertThat(ReportActor.of(Role.ADMIN)).isEqualTo(ReportActor.STAFF);
        assertThat(ReportActor.of(Role.LEADER)).isEqualTo(ReportActor.LEADER);
    }

    @Test
    void aClosedPeriodLocksTheUnitAndSaysWhy() {
        Window closed = new Window(false, LocalDate.of(2015, 4, 10), null);
        var perms = ReportWorkflow.permissions(ReportState.DRAFT, ReportActor.UNIT, closed, TODAY);
        assertThat(perms.actions()).containsExactlyInAnyOrder(ReportAction.VIEW, ReportAction.VIEW_EVIDENCE);
        assertThat(perms.lock().messageKey()).isEqualTo("report.lock.closedAfterDue");
        assertThatThrownBy(() -> ReportWorkflow.transition(
                        ReportState.RETURNED, ReportAction.SUBMIT, ReportActor.UNIT, closed, TODAY))
                .isInstanceOfSatisfying(
                        ActionNotAllowedException.class,
                        e -> assertThat(e.lock().messageKey()).isEqualTo("report.lock.closedAfterDue"));
        assertThat(ReportWorkflow.startLock(closed, TODAY).messageKey()).isEqualTo("report.lock.closedAfterDue");
    }

    @Test
    void aPeriodClosedBeforeItsDueDateSaysSoWithoutADate() {
        Window closed = new Window(false, LocalDate.of(2015, 4, 30), null);
        assertThat(ReportWorkflow.startLock(closed, TODAY).messageKey()).isEqualTo("report.lock.periodClosed");
        Window past = new Window(false, LocalDate.of(2015, 4, 10), null);
        assertThat(ReportWorkflow.startLock(past, TODAY).date()).isEqualTo(LocalDate.of(2015, 4, 10));
    }

    @Test
    void anExtensionKeepsAClosedPeriodOpenForTheUnitUntilItsDatePasses() {
        Window extended = new Window(false, LocalDate.of(2015, 4, 10), TODAY);
        assertThat(ReportWorkflow.permissions(ReportState.DRAFT, ReportActor.UNIT, extended, TODAY)
                        .actions())
                .contains(ReportAction.EDIT, ReportAction.SUBMIT);
        assertThat(ReportWorkflow.startLock(extended, TODAY)).isNull();
        assertThat(extended.effectiveDue()).isEqualTo(TODAY);

        var expired = ReportWorkflow.permissions(ReportState.RETURNED, ReportActor.UNIT, extended, TODAY.plusDays(1));
        assertThat(expired.can(ReportAction.EDIT)).isFalse();
        assertThat(expired.lock().messageKey()).isEqualTo("report.lock.extensionExpired");
        assertThat(expired.lock().date()).isEqualTo(TODAY);
    }

    @Test
    void reviewIsNotLockedByTheClosedPeriod() {
        Window closed = new Window(false, LocalDate.of(2015, 4, 10), null);
        assertThat(ReportWorkflow.transition(
                        ReportState.SUBMITTED, ReportAction.APPROVE, ReportActor.STAFF, closed, TODAY))
                .isEqualTo(ReportState.APPROVED);
        assertThat(ReportWorkflow.transition(
                        ReportState.APPROVED, ReportAction.REOPEN, ReportActor.STAFF, closed, TODAY))
                .isEqualTo(ReportState.RETURNED);
    }

    @Test
    void theUnitIsToldWhyASubmittedOrApprovedReportIsReadOnly() {
        assertThat(ReportWorkflow.permissions(ReportState.SUBMITTED, ReportActor.UNIT, OPEN, TODAY)
                        .lock()
                        .messageKey())
                .isEqualTo("report.lock.submitted");
        assertThat(ReportWorkflow.permissions(ReportState.APPROVED, ReportActor.UNIT, OPEN, TODAY)
                        .lock()
                        .messageKey())
                .isEqualTo("report.lock.approved");
        assertThat(ReportWorkflow.permissions(ReportState.DRAFT, ReportActor.UNIT, OPEN, TODAY)
                        .lock())
                .isNull();
        assertThat(ReportWorkflow.permissions(ReportState.DRAFT, ReportActor.STAFF, OPEN, TODAY)
                        .lock()
                        .messageKey())
                .isEqualTo("report.lock.staff");
        assertThat(ReportWorkflow.permissions(ReportState.APPROVED, ReportActor.LEADER, OPEN, TODAY)
                        .lock()
                        .messageKey())
                .isEqualTo("report.lock.leader");
    }
}
