package vn.itplan.web;

/**
 * A rule a service checks that Bean Validation cannot (a duplicate code, an end before a start):
 * the controller puts it next to {@code field} with the message {@code messageKey} and shows the
 * form again with what the user typed.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public InvalidInputException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    /** Adds this error to a form's binding result. */
    public void addTo(org.springframework.validation.BindingResult result) {
        result.rejectValue(field, messageKey, args, messageKey);
    }
}
