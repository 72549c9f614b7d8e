package vn.itplan.unit;

/** What sort of body a unit is; roll-ups group units into provincial bodies and districts. */
public enum UnitKind {
    PROVINCE(Group.PROVINCE),
    SO(Group.PROVINCIAL),
    BAN(Group.PROVINCIAL),
    VAN_PHONG(Group.PROVINCIAL),
    THANH_TRA(Group.PROVINCIAL),
    UBND_HUYEN(Group.DISTRICT),
    UBND_THANH_PHO(Group.DISTRICT),
    OTHER(Group.PROVINCIAL);

    /** Provincial bodies (sở, ban, ngành) versus district-level People's Committees. */
    public enum Group {
        PROVINCE,
        PROVINCIAL,
        DISTRICT
    }

    private final Group group;

    UnitKind(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public String messageKey() {
        return "unit.kind." + name();
    }
}
