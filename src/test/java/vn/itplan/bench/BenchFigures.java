package vn.itplan.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The figures of one generated report, plausible and consistent with the form's rules: computers with Internet or
 * antivirus never exceed the computers, mailboxes and dedicated IT staff never exceed the staff, staff using e-mail
 * never exceed the mailboxes, documents handled electronically never exceed the documents. Stocks (staff, computers,
 * mailboxes) grow slowly over the years; flows (documents) are per period, a quarter's a fourth of a year's.
 * Everything is a function of the unit's own seed and the period, so a unit's history is smooth.
 */
record BenchFigures(
        int staff,
        int pcs,
        int pcsInternet,
        int pcsAntivirus,
        int servers,
        boolean hasLan,
        Integer lanUpgradedYear,
        double bandwidthMbps,
        boolean onGovNetwork,
        boolean hasFirewall,
        boolean hasIds,
        boolean hasBackup,
        int printers,
        int scanners,
        int itStaff,
        int mailboxes,
        int staffUsingEmail,
        boolean usesEmailRegularly,
        double outgoingEmailPercent,
        int staffUsingFreeMail,
        boolean eofficeDeployed,
        LocalDate deployedSince,
        int activeUsers,
        int incomingDocs,
        int incomingDocsElectronic,
        int outgoingDocs,
        int outgoingDocsElectronic,
        boolean interconnected,
        boolean digitalSignatures,
        int level1,
        int level2,
        int level3,
        int level4) {

    /**
     * @param unitSeed the unit's own seed (its size and its pace of change)
     * @param commune a commune (small, later to computerise) rather than a provincial body
     * @param time years since 2016 at the period's end (a quarter adds a fourth)
     * @param share the period's share of a year (1 for annual, 0.25 for a quarter)
     * @param periodEnd the period's last day (nothing is dated after it)
     */
    static BenchFigures of(long unitSeed, boolean commune, double time, double share, LocalDate periodEnd) {
        SplittableRandom unit = new SplittableRandom(unitSeed);
        int baseStaff = commune ? 18 + unit.nextInt(25) : 35 + unit.nextInt(220);
        double pace = 0.7 + unit.nextDouble() * 0.6;
        int eofficeYear = commune ? 2017 + unit.nextInt(8) : 2012 + unit.nextInt(8);
        int lanYear = commune ? 2015 + unit.nextInt(8) : 2008 + unit.nextInt(6);
        double docsPerStaff = 15 + unit.nextDouble() * 25;
        boolean runsServices = !commune || unit.nextInt(4) == 0;
        int serviceBase = runsServices ? (commune ? 2 : 20) + unit.nextInt(commune ? 6 : 80) : 0;
        long periodSeed = unitSeed * 31 + Math.round(time * 4);
        SplittableRandom noise = new SplittableRandom(periodSeed);
        double t = time * pace;
        int year = periodEnd.getYear();

        int staff = (int) Math.round(baseStaff * (1 + 0.01 * time));
        int pcs = (int) Math.round(staff * Math.min(1.3, 0.72 + 0.05 * t + noise.nextDouble() * 0.08));
        int pcsInternet = (int) Math.round(pcs * Math.min(1, 0.8 + 0.02 * t + noise.nextDouble() * 0.05));
        int pcsAntivirus = (int) Math.round(pcs * Math.min(1, 0.4 + 0.06 * t + noise.nextDouble() * 0.1));
        int servers = commune ? (t > 4 ? 1 : 0) : 1 + (int) Math.round(baseStaff / 60.0 + t / 3);
        boolean hasLan = year >= lanYear;
        Integer upgraded = hasLan ? Math.max(lanYear, year - noise.nextInt(5)) : null;
        double bandwidth =
                Math.round((commune ? 8 : 30) * (1 + 0.25 * t) * (1 + noise.nextDouble() * 0.2) * 100) / 100.0;
        boolean onGovNetwork = commune ? t > 3 + (unitSeed & 3) : t > (unitSeed & 3);
        boolean hasFirewall = !commune && t > 1 + (unitSeed & 7);
        boolean hasIds = !commune && t > 4 + (unitSeed & 7);
        boolean hasBackup = t > (commune ? 6 : 2) + ((unitSeed >> 3) & 3);
        int printers = Math.max(1, pcs / 3);
        int scanners = Math.max(commune ? 0 : 1, pcs / 10);
        int itStaff = Math.min(staff, commune ? (t > 5 ? 1 : 0) : 1 + baseStaff / 80);

        int mailboxes = (int) Math.round(staff * Math.min(1, 0.5 + 0.07 * t));
        int usingEmail = (int) Math.round(mailboxes * Math.min(1, 0.45 + 0.06 * t + noise.nextDouble() * 0.05));
        boolean regular = usingEmail >= 0.6 * staff;
        double outgoingPercent = Math.round(Math.min(100, 20 + 8 * t + noise.nextDouble() * 10) * 100) / 100.0;
        int freeMail = (int) Math.round((staff - usingEmail) * 0.3);

        boolean deployed = year >= eofficeYear;
        LocalDate since = deployed ? LocalDate.of(eofficeYear, 1 + (int) (unitSeed % 12), 1) : null;
        if (since != null && since.isAfter(periodEnd)) {
            since = periodEnd.withDayOfMonth(1);
        }
        int activeUsers = deployed ? (int) Math.round(staff * Math.min(1, 0.6 + 0.05 * t)) : 0;
        int incoming = (int) Math.round(staff * docsPerStaff * share * (0.9 + noise.nextDouble() * 0.2));
        int outgoing = (int) Math.round(incoming * 0.4);
        double electronic = deployed ? Math.min(0.98, 0.35 + 0.07 * t) : 0.02;
        int incomingElectronic = (int) Math.round(incoming * electronic);
        int outgoingElectronic = (int) Math.round(outgoing * electronic * 0.9);
        boolean interconnected = deployed && t > 2 + (unitSeed & 3);
        boolean signatures = deployed && t > 3 + ((unitSeed >> 2) & 3);

        int services = (int) Math.round(serviceBase * (1 + 0.05 * t));
        int level4 = (int) Math.round(services * Math.min(0.6, Math.max(0, 0.06 * (t - 2))));
        int level3 = (int) Math.round(services * Math.min(0.4, 0.02 + 0.04 * t));
        int level2 = (int) Math.round((services - level3 - level4) * 0.6);
        int level1 = services - level2 - level3 - level4;
        return new BenchFigures(
                staff,
                pcs,
                pcsInternet,
                pcsAntivirus,
                servers,
                hasLan,
                upgraded,
                bandwidth,
                onGovNetwork,
                hasFirewall,
                hasIds,
                hasBackup,
                printers,
                scanners,
                itStaff,
                mailboxes,
                usingEmail,
                regular,
                outgoingPercent,
                freeMail,
                deployed,
                since,
                activeUsers,
                incoming,
                incomingElectronic,
                outgoing,
                outgoingElectronic,
                interconnected,
                signatures,
                level1,
                level2,
                level3,
                level4);
    }
}
