package vn.itplan.rollup;

/**
 * What a page calls a measure: a message key (a built-in measure, {@code rollup.measure.<NAME>}) or the label of an
 * extra report field in the interface language.
 */
public record MeasureName(String key, String text) {

    static MeasureName ofKey(String key) {
        return new MeasureName(key, null);
    }

    static MeasureName ofText(String text) {
        return new MeasureName(null, text);
    }
}
