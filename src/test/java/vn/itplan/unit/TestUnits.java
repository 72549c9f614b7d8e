package vn.itplan.unit;

import java.util.Comparator;
import java.util.List;

/**
 * Units made by tests have codes starting with {@value #PREFIX}. Tests share the database with other
 * features, which list and count units, so after each test its units are removed again, deepest first.
 * (The product never deletes a unit; this is test clean-up of rows nothing else refers to.)
 */
final class TestUnits {

    static final String PREFIX = "TEST-";

    private TestUnits() {}

    static void removeAll(UnitRepository units) {
        List<Unit> mine = units.findAll().stream()
                .filter(u -> u.getCode().startsWith(PREFIX))
                .sorted(Comparator.comparingInt(Unit::getLevel).reversed())
                .toList();
        for (Unit unit : mine) {
            units.deleteById(unit.getId());
        }
    }
}
