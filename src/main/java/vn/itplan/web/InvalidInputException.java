package vn.itplan.web;

import java.util.List;

/**
 * The one type for "the input has problems": thrown by a service's save when its check finds any, shown by
 * {@link Forms} next to the fields (or above the form for global problems) with what the user typed kept.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem next to one field. */
    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(Problem.field(field, messageKey, args)));
    }

    public static InvalidInputException global(String messageKey, Object... args) {
        return new InvalidInputException(List.of(Problem.global(messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem: what an action without a form (a button) shows in its flash message. */
    public Problem first() {
        return problems.get(0);
    }
}
