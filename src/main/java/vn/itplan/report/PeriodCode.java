package vn.itplan.report;

import vn.itplan.period.ReportingPeriod;

/**
 * How files and other systems name a period: "2015" (year), "2015-H1" (half), "2015-Q2" (quarter). Used by the
 * exports, the long CSV (read back by {@link #matches}) and the API.
 */
public final class PeriodCode {

    private PeriodCode() {}

    public static String of(ReportingPeriod p) {
        return switch (p.getKind()) {
            case ANNUAL -> String.valueOf(p.getYear());
            case SEMI_ANNUAL -> p.getYear() + "-H" + p.getSeq();
            case QUARTERLY -> p.getYear() + "-Q" + p.getSeq();
        };
    }

    public static boolean matches(ReportingPeriod p, String code) {
        return code != null && of(p).equalsIgnoreCase(code.strip());
    }
}
