package vn.itplan.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a controller turns a service's answer into what the user sees (see src/docs/architecture.md,
 * "Errors and forms"):
 * <pre>
 * Optional&lt;Unit&gt; saved = Forms.save(result, units.check(form, id),   // the service's rules next to bean errors
 *         () -&gt; units.update(id, form, user),
 *         Forms.showCurrent(model, () -&gt; units.get(id), form::setVersion));  // a stale edit
 * if (saved.isEmpty()) return showEdit(id, model);             // the form again, with what was typed
 * Flash.success(redirect, "unit.saved");
 * return "redirect:/units/" + id;
 * </pre>
 * and, for a button without a form, {@link #act(RedirectAttributes, Runnable, String, Object...)}.
 */
public final class Forms {

    public static final String CONFLICT = "common.conflict";
    public static final String CONFLICT_RELOAD = "common.conflict.reload";
    /** The model attribute of the record's current values shown beside a form after a conflict. */
    public static final String CURRENT = "current";

    private Forms() {}

    /**
     * Runs {@code save} unless the form already has errors. The service's {@link InvalidInputException} goes next
     * to its fields; a stale edit becomes the global {@value #CONFLICT} error. Empty when the form must be shown
     * again.
     */
    public static <T> Optional<T> save(BindingResult result, Supplier<T> save) {
        return save(result, save, () -> {});
    }

    /** As {@link #save(BindingResult, Supplier)}; {@code onConflict} refreshes the form (its version, current values). */
    public static <T> Optional<T> save(BindingResult result, Supplier<T> save, Runnable onConflict) {
        if (result.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (InvalidInputException e) {
            addProblems(result, e.problems());
            return Optional.empty();
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            result.reject(CONFLICT);
            onConflict.run();
            return Optional.empty();
        }
    }

    /** As {@link #save(BindingResult, Supplier)} for a save that returns nothing; true when it was done. */
    public static boolean run(BindingResult result, Runnable save) {
        return save(result, () -> {
                    save.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** As {@link #run(BindingResult, Runnable)} with a conflict handler. */
    public static boolean run(BindingResult result, Runnable save, Runnable onConflict) {
        return save(
                        result,
                        () -> {
                            save.run();
                            return Boolean.TRUE;
                        },
                        onConflict)
                .isPresent();
    }

    /**
     * As {@link #save(BindingResult, Supplier)} after the service's {@code check}: its problems go next to their fields
     * first ({@link #addProblems}), so that the user sees every problem at once and nothing is saved while there is one.
     */
    public static <T> Optional<T> save(BindingResult result, Problems checked, Supplier<T> save) {
        return save(result, checked, save, () -> {});
    }

    /** As {@link #save(BindingResult, Problems, Supplier)} with a conflict handler. */
    public static <T> Optional<T> save(BindingResult result, Problems checked, Supplier<T> save, Runnable onConflict) {
        addProblems(result, checked.asList());
        return save(result, save, onConflict);
    }

    /** As {@link #save(BindingResult, Problems, Supplier)} for a save that returns nothing; true when it was done. */
    public static boolean run(BindingResult result, Problems checked, Runnable save) {
        return run(result, checked, save, () -> {});
    }

    /** As {@link #run(BindingResult, Problems, Runnable)} with a conflict handler. */
    public static boolean run(BindingResult result, Problems checked, Runnable save, Runnable onConflict) {
        addProblems(result, checked.asList());
        return run(result, save, onConflict);
    }

    /**
     * The {@code onConflict} of an edit form: the record moved on while the user edited it, so keep what they typed,
     * show the record's current values beside the form (model attribute {@value #CURRENT}, for
     * {@code fragments/forms :: currentValues}) and take its new version into the form, so that saving again is a
     * deliberate overwrite.
     */
    public static Runnable showCurrent(
            Model model, Supplier<? extends VersionedEntity> latest, Consumer<Long> version) {
        return () -> model.addAttribute(CURRENT, takeVersion(latest.get(), version));
    }

    /**
     * The {@code onConflict} of a form that shows no current values (a move, a new calendar): keep what the user
     * typed and take the record's new version, so that saving again is a deliberate overwrite.
     */
    public static Runnable takeVersion(Supplier<? extends VersionedEntity> latest, Consumer<Long> version) {
        return () -> takeVersion(latest.get(), version);
    }

    private static VersionedEntity takeVersion(VersionedEntity current, Consumer<Long> version) {
        version.accept(current.getVersion());
        return current;
    }

    /**
     * Adds problems to the form, each field keeping the first error it already shows. A save passes its check's
     * problems to {@code save} or {@code run} instead; this is for problems that no save follows (a preview).
     */
    public static void addProblems(BindingResult result, List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.isGlobal()) {
                result.reject(problem.messageKey(), problem.args(), problem.messageKey());
            } else if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
            }
        }
    }

    /**
     * A button without a form (deactivate, move up, submit): on success the flash {@code successKey}; when the
     * service refuses, its first problem as an error flash; a stale edit as {@value #CONFLICT_RELOAD}. The
     * controller then redirects as usual. True when the action was done.
     */
    public static boolean act(RedirectAttributes redirect, Runnable action, String successKey, Object... args) {
        boolean done = act(redirect, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
        if (done) {
            Flash.success(redirect, successKey, args);
        }
        return done;
    }

    /**
     * As {@link #act(RedirectAttributes, Runnable, String, Object...)} for an action whose success message (or next
     * step) needs what it returns (a count, the record added): its result, never null, when it was done; empty when
     * it was refused, the error flash set. The controller flashes the success itself.
     */
    public static <T> Optional<T> act(RedirectAttributes redirect, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (InvalidInputException e) {
            Flash.error(redirect, e.first().messageKey(), e.first().args());
            return Optional.empty();
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            Flash.error(redirect, CONFLICT_RELOAD);
            return Optional.empty();
        }
    }
}
