package vn.itplan.dashboard;

import java.math.BigDecimal;
import java.util.Map;

/** The plan targets a year's figures are compared with, by indicator code (empty when no plan sets them). */
interface TargetLookup {

    Map<String, BigDecimal> targetsFor(int year);
}
