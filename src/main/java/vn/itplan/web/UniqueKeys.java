package vn.itplan.web;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two users saving the same key at the same moment both pass the service's check; the database's unique
 * constraint stops the second. This turns that violation into the same field message the check gives, and lets
 * any other integrity error through (it is a bug, not input). The save must flush ({@code saveAndFlush}).
 */
public final class UniqueKeys {

    private UniqueKeys() {}

    public static <T> T saveOrReject(String constraint, Problem problem, Supplier<T> flushingSave) {
        try {
            return flushingSave.get();
        } catch (DataIntegrityViolationException e) {
            if (violates(e, constraint)) {
                throw new InvalidInputException(java.util.List.of(problem));
            }
            throw e;
        }
    }

    public static void runOrReject(String constraint, Problem problem, Runnable flushingSave) {
        saveOrReject(constraint, problem, () -> {
            flushingSave.run();
            return null;
        });
    }

    /** Whether the constraint named (PostgreSQL keeps its case, H2 upper-cases it) caused the error. */
    public static boolean violates(DataIntegrityViolationException e, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException hibernate
                    && hibernate.getConstraintName() != null
                    && hibernate.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
