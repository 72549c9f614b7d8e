package vn.itplan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A report's figures as they stood when it was submitted or approved, kept so that the review page can say what
 * changed since then. The values are stored as one {@code property=value} line per filled field.
 */
@Entity
@Table(name = "report_snapshot")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ReportSnapshot extends ReportRecord {

    enum Kind {
        SUBMIT,
        APPROVE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @Column(name = "taken_by", nullable = false, updatable = false, length = 64)
    private String takenBy;

    @Column(name = "field_values", nullable = false, updatable = false, length = 8000)
    private String fieldValues;

    ReportSnapshot(Long reportId, Kind kind, String takenBy, Instant takenAt, Map<ReportField, Object> values) {
        super(reportId);
        this.kind = kind;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.fieldValues = encode(values);
    }

    /** The figures as they were. */
    Map<ReportField, Object> values() {
        return decode(fieldValues);
    }

    static String encode(Map<ReportField, Object> values) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey().property() + "="
                        + ReportField.normalise(e.getValue()).toString())
                .collect(Collectors.joining("\n"));
    }

    static Map<ReportField, Object> decode(String text) {
        Map<ReportField, Object> values = new EnumMap<>(ReportField.class);
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            ReportField field = eq < 0 ? null : ReportField.byProperty(line.substring(0, eq));
            if (field != null) {
                values.put(field, parse(field, line.substring(eq + 1)));
            }
        }
        return values;
    }

    private static Object parse(ReportField field, String text) {
        return switch (field.kind()) {
            case COUNT, YEAR -> Integer.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case YES_NO, CHECK -> Boolean.valueOf(text);
        };
    }
}
