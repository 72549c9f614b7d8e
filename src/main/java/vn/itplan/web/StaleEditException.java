package vn.itplan.web;

/**
 * The record changed since the user opened the form (its version moved on). {@link Forms} shows the form again
 * with the user's input and the {@code common.conflict} message; nothing is overwritten. JPA's own
 * {@code OptimisticLockingFailureException} is treated the same way.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    /** Throws when the version the form was opened with is not the current one. */
    public static void check(String what, Object id, Long formVersion, long currentVersion) {
        if (formVersion == null || formVersion != currentVersion) {
            throw new StaleEditException(what, id);
        }
    }
}
