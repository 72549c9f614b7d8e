package vn.itplan.indicator;

/** How a unit's value is compared with a count-of-units condition's value ("= yes", "≥ 10"). */
public enum ConditionOp {
    EQ("="),
    NE("<>"),
    GE(">="),
    GT(">"),
    LE("<="),
    LT("<");

    private final String sql;

    ConditionOp(String sql) {
        this.sql = sql;
    }

    /** The SQL comparison operator. */
    public String sql() {
        return sql;
    }

    public String messageKey() {
        return "indicator.condition." + name();
    }
}
