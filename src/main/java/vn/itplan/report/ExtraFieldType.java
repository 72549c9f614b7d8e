package vn.itplan.report;

/** The type of an extra report field; it decides the value's column and the form's input. */
public enum ExtraFieldType {
    WHOLE_NUMBER,
    DECIMAL,
    YES_NO,
    /** 0–100. */
    PERCENTAGE,
    SHORT_TEXT;

    public boolean numeric() {
        return this == WHOLE_NUMBER || this == DECIMAL || this == PERCENTAGE;
    }

    /** Counts in a formula: numbers and yes/no (1 or 0); short text does not. */
    public boolean measurable() {
        return this != SHORT_TEXT;
    }

    public String messageKey() {
        return "reportfield.type." + name();
    }
}
