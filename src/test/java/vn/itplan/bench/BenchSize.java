package vn.itplan.bench;

import java.util.Locale;

/**
 * The shape of a generated dataset: how many provinces, how many bodies (sở, ban, văn phòng, thanh tra) and communes
 * (xã, phường) each, and the years of annual and quarterly reports.
 *
 * <p>{@code province}: one province of 29 reporting units under its root (30 units, like Kon Tum's demo).
 * {@code national}: 34 provinces × (30 bodies + 100 communes) under a national root (4,455 units). Both span 2016–2025;
 * {@link #withYears} keeps the tree and shortens the history (the "one year" dataset ends in the same year).
 */
public record BenchSize(String name, int provinces, int bodies, int communes, int firstYear, int lastYear) {

    public static final int LAST_YEAR = 2025;

    public static BenchSize of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "province" -> new BenchSize("province", 1, 20, 9, 2016, LAST_YEAR);
            case "national" -> new BenchSize("national", 34, 30, 100, 2016, LAST_YEAR);
            default -> {
                // "<provinces>x<bodies>x<communes>", e.g. 3x20x30 for a test a little bigger than a province
                String[] parts = name.split("x");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("size: province, national or PxBxC (e.g. 3x20x30): " + name);
                }
                yield new BenchSize(
                        name,
                        Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]),
                        2016,
                        LAST_YEAR);
            }
        };
    }

    /** The same tree with only the last {@code years} years of reports. */
    public BenchSize withYears(int years) {
        return new BenchSize(name + "-" + years + "y", provinces, bodies, communes, lastYear - years + 1, lastYear);
    }

    /** Whether the provinces hang under a national root (more than one province). */
    boolean national() {
        return provinces > 1;
    }

    int reportingUnits() {
        return provinces * (bodies + communes);
    }
}
