package vn.itplan.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.SearchText;

/** The unit catalogue as other features see it: read-only lookups, in bulk where lists need them. */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class UnitService {

    /**
     * Up to this many active units, a form offers every unit (a drop-down, a checkbox each); above it, the units
     * already chosen and a search ({@link #findActive}).
     */
    public static final int FEW_UNITS = 35;

    /** The longest search text looked at. */
    private static final int MAX_QUERY = 100;

    private final UnitRepository units;

    public Unit get(Long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /**
     * A unit as the user may see it: a unit admin their own unit only (another unit is "not found", as on the unit
     * pages), leaders and staff every unit.
     */
    public Unit getVisible(Long id, CurrentUser user) {
        if (!isVisible(id, user)) {
            throw new NotFoundException("unit", id);
        }
        return get(id);
    }

    public boolean isVisible(Long id, CurrentUser user) {
        return user.role() != Role.UNIT_ADMIN || id.equals(user.unitId());
    }

    public Optional<Unit> findByCode(String code) {
        return units.findByCode(code);
    }

    /** All units, roots first, in their display order. */
    public List<Unit> findAll() {
        return units.findAllByOrderByLevelAscSortOrderAscNameAsc();
    }

    /** Active units expected to report: the denominator of completeness and of "x/y units". */
    public List<Unit> reportingUnits() {
        return units.findReportingUnits();
    }

    /** The unit and everything under it. */
    public List<Unit> subtree(Long rootId) {
        return units.findSubtree(get(rootId).getPath());
    }

    public long countActive() {
        return units.countByActiveTrue();
    }

    /**
     * The first {@code max} active units with a word of their name, short name or code beginning with each word of
     * {@code text}, case and marks ignored ("dak ha" finds "Đắk Hà" but not "Đắk Glei", whose "nhân" merely contains
     * "ha"; from the third word on, the words must come in order): the unit whose code it is first, then in tree
     * order. Nothing for a blank text.
     */
    public List<Unit> findActive(String text, int max) {
        List<String> patterns = patterns(text);
        if (patterns.isEmpty()) {
            return List.of();
        }
        return units.findActiveMatching(
                patterns.get(0),
                patterns.get(1),
                patterns.get(2),
                SearchText.fold(SearchText.query(text, MAX_QUERY)),
                max);
    }

    /** How many active units {@link #findActive} would find without a limit. */
    public long countActive(String text) {
        List<String> patterns = patterns(text);
        return patterns.isEmpty() ? 0 : units.countActiveMatching(patterns.get(0), patterns.get(1), patterns.get(2));
    }

    /** Three LIKE patterns of the text's words ("%" for none); the words from the third on make one pattern. */
    private static List<String> patterns(String text) {
        List<String> terms = SearchText.terms(SearchText.query(text, MAX_QUERY));
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            patterns.add(
                    i >= terms.size()
                            ? "%"
                            : i < 2
                                    ? wordPattern(terms.get(i))
                                    : terms.subList(2, terms.size()).stream()
                                            .map(UnitService::wordPattern)
                                            .reduce((a, b) -> a + b.substring(1))
                                            .orElseThrow());
        }
        return patterns;
    }

    /** A LIKE pattern of a word that begins with {@code term}. */
    private static String wordPattern(String term) {
        return "% " + SearchText.containsPattern(term).substring(1);
    }

    public Map<Long, Unit> byIds(Collection<Long> ids) {
        return units.findAllById(ids).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }
}
