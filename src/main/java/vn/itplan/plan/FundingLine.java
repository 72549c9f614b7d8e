package vn.itplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.itplan.web.DisplayFormat;

/** One funding source of a task (nguồn vốn) and its amount in đồng; a task has one line per source. */
@Embeddable
@Getter
@EqualsAndHashCode
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FundingLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FundingSource source;

    @Column(nullable = false)
    private long amount;

    FundingLine(FundingSource source, long amount) {
        this.source = source;
        this.amount = amount;
    }

    /** "PROVINCIAL 2.500.000.000", as the audit trail records it. */
    @Override
    public String toString() {
        return source + " " + new DisplayFormat().money(amount);
    }
}
