package vn.itplan.report;

import vn.itplan.security.Role;

/** The three ways people meet a report: the unit that writes it, the staff who review it, the leaders who read it. */
public enum ReportActor {
    UNIT,
    STAFF,
    LEADER;

    public static ReportActor of(Role role) {
        return switch (role) {
            case UNIT_ADMIN -> UNIT;
            case IT_STAFF, ADMIN -> STAFF;
            case LEADER -> LEADER;
        };
    }
}
