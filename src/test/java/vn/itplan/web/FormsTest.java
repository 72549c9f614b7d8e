package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FormsTest {

    static class Form {
        private String code;
        private String name;

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    private final BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

    @Test
    void aSuccessfulSaveReturnsItsValue() {
        assertThat(Forms.save(result, () -> 42)).contains(42);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aFormWithErrorsIsNotSaved() {
        result.rejectValue("code", "x");
        AtomicBoolean called = new AtomicBoolean();
        assertThat(Forms.run(result, () -> called.set(true))).isFalse();
        assertThat(called).isFalse();
    }

    @Test
    void theServicesProblemsGoNextToTheirFieldsAndAboveTheForm() {
        Optional<Object> saved = Forms.save(result, () -> {
            throw new InvalidInputException(
                    List.of(Problem.field("code", "unit.code.duplicate", "DAKHA"), Problem.global("unit.global")));
        });
        assertThat(saved).isEmpty();
        assertThat(result.getFieldError("code").getCode()).isEqualTo("unit.code.duplicate");
        assertThat(result.getFieldError("code").getArguments()).containsExactly("DAKHA");
        assertThat(result.getGlobalError().getCode()).isEqualTo("unit.global");
    }

    @Test
    void theChecksProblemsShowBesideTheBeanErrorsAndNothingIsSaved() {
        result.rejectValue("code", "NotBlank");
        AtomicBoolean called = new AtomicBoolean();
        Problems checked = new Problems().reject("code", "unit.code.duplicate").reject("name", "unit.name.bad");

        assertThat(Forms.run(result, checked, () -> called.set(true))).isFalse();
        assertThat(called).isFalse();
        assertThat(result.getFieldError("code").getCode()).isEqualTo("NotBlank");
        assertThat(result.getFieldError("name").getCode()).isEqualTo("unit.name.bad");

        BindingResult clean = new BeanPropertyBindingResult(new Form(), "form");
        assertThat(Forms.save(clean, new Problems(), () -> 42)).contains(42);
    }

    @Test
    void aFieldKeepsTheErrorItAlreadyShows() {
        result.rejectValue("code", "NotBlank");
        Forms.addProblems(
                result, List.of(Problem.field("code", "unit.code.duplicate"), Problem.field("name", "unit.name.bad")));
        assertThat(result.getFieldErrors("code")).hasSize(1);
        assertThat(result.getFieldError("code").getCode()).isEqualTo("NotBlank");
        assertThat(result.getFieldError("name").getCode()).isEqualTo("unit.name.bad");
    }

    @Test
    void aStaleEditIsAConflictAndRefreshesTheForm() {
        AtomicBoolean refreshed = new AtomicBoolean();
        assertThat(Forms.run(
                        result,
                        () -> {
                            throw new ObjectOptimisticLockingFailureException(Form.class, 1L);
                        },
                        () -> refreshed.set(true)))
                .isFalse();
        assertThat(result.getGlobalError().getCode()).isEqualTo(Forms.CONFLICT);
        assertThat(refreshed).isTrue();

        BindingResult second = new BeanPropertyBindingResult(new Form(), "form");
        assertThat(Forms.run(second, () -> {
                    throw new StaleEditException("unit", 1L);
                }))
                .isFalse();
        assertThat(second.getGlobalError().getCode()).isEqualTo(Forms.CONFLICT);
    }

    @Test
    void anActionWithoutAFormFlashesItsOutcome() {
        RedirectAttributesModelMap done = new RedirectAttributesModelMap();
        assertThat(Forms.act(done, () -> {}, "unit.deactivated", "DAKHA")).isTrue();
        assertThat(done.getFlashAttributes().get(Flash.ATTRIBUTE))
                .isEqualTo(new Flash(Flash.Kind.SUCCESS, "unit.deactivated", "DAKHA"));

        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        assertThat(Forms.act(
                        refused,
                        () -> {
                            throw new InvalidInputException("active", "unit.deactivate.hasChildren", 3);
                        },
                        "unit.deactivated"))
                .isFalse();
        assertThat(refused.getFlashAttributes().get(Flash.ATTRIBUTE))
                .isEqualTo(new Flash(Flash.Kind.ERROR, "unit.deactivate.hasChildren", "3"));

        RedirectAttributesModelMap stale = new RedirectAttributesModelMap();
        assertThat(Forms.act(
                        stale,
                        () -> {
                            throw new StaleEditException("unit", 1L);
                        },
                        "unit.deactivated"))
                .isFalse();
        assertThat(((Flash) stale.getFlashAttributes().get(Flash.ATTRIBUTE)).messageKey())
                .isEqualTo(Forms.CONFLICT_RELOAD);
    }

    @Test
    void anActionWithAResultGivesItOrFlashesTheRefusal() {
        RedirectAttributesModelMap done = new RedirectAttributesModelMap();
        assertThat(Forms.act(done, () -> 3)).contains(3);
        assertThat(done.getFlashAttributes()).isEmpty();

        RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
        assertThat(Forms.act(refused, () -> {
                    throw new InvalidInputException("file", "report.attachment.tooLarge");
                }))
                .isEmpty();
        assertThat(refused.getFlashAttributes().get(Flash.ATTRIBUTE))
                .isEqualTo(new Flash(Flash.Kind.ERROR, "report.attachment.tooLarge"));
    }

    @Test
    void problemsThrowOnlyWhenThereAreAny() {
        new Problems().throwIfAny();
        Problems problems = new Problems().reject("code", "a").rejectGlobal("b");
        assertThat(problems.has("code")).isTrue();
        assertThat(problems.has("name")).isFalse();
        try {
            problems.throwIfAny();
            throw new AssertionError("expected an InvalidInputException");
        } catch (InvalidInputException e) {
            assertThat(e.problems()).containsExactly(Problem.field("code", "a"), Problem.global("b"));
        }
    }
}
