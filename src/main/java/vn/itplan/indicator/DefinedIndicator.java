package vn.itplan.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An indicator of the catalogue with its formula's versions, oldest first: the version valid in a year is the
 * latest one from that year or before. Before its first version an indicator has no figure.
 */
public record DefinedIndicator(String code, List<Version> versions) {

    public record Version(int validFromYear, Formula formula) {}

    public DefinedIndicator {
        versions = versions.stream()
                .sorted(Comparator.comparingInt(Version::validFromYear))
                .toList();
    }

    public Optional<Formula> formulaIn(int year) {
        Formula found = null;
        for (Version version : versions) {
            if (version.validFromYear() <= year) {
                found = version.formula();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest version's formula (what the indicator computes now). */
    public Formula latest() {
        return versions.get(versions.size() - 1).formula();
    }
}
