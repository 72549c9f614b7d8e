package vn.itplan.unit;

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

/** The unit catalogue as other features see it: read-only lookups, in bulk where lists need them. */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class UnitService {

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

    public Map<Long, Unit> byIds(Collection<Long> ids) {
        return units.findAllById(ids).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }
}
