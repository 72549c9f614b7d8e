package vn.itplan.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems a service's {@code check} finds in a command; its {@code save} calls {@link #throwIfAny()} so
 * that every rule is enforced on the server whatever the screen offered. All problems are reported at once.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public Problems reject(String field, String messageKey, Object... args) {
        list.add(Problem.field(field, messageKey, args));
        return this;
    }

    public Problems rejectGlobal(String messageKey, Object... args) {
        list.add(Problem.global(messageKey, args));
        return this;
    }

    public Problems add(Problem problem) {
        list.add(problem);
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(p -> field.equals(p.field()));
    }

    public List<Problem> asList() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
