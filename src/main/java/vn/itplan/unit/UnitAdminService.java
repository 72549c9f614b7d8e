package vn.itplan.unit;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditEvent;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.AuditText;
import vn.itplan.audit.FieldChanges;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.unit.UnitViews.Catalogue;
import vn.itplan.unit.UnitViews.Details;
import vn.itplan.unit.UnitViews.Node;
import vn.itplan.unit.UnitViews.ParentOption;
import vn.itplan.web.DisplayFormat;
import vn.itplan.web.InvalidInputException;
import vn.itplan.web.NotFoundException;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;

/**
 * What IT staff change in the unit catalogue: create, edit, move in the tree, deactivate and
 * reactivate. Units are never deleted: reports, plans and the audit trail refer to them.
 * Invariants kept here: one root; path = parent's path + id + '/', level = parent's level + 1;
 * an active unit has an active parent. Every change is audited with the fields it changed.
 */
@RequiredArgsConstructor
@Service
@Transactional
class UnitAdminService {

    static final String ENTITY = "Unit";
    private static final String CODE_CONSTRAINT = "uq_unit_code";

    private final UnitRepository units;
    private final AuditService audit;
    private final DisplayFormat fmt;

    @Transactional(readOnly = true)
    Unit get(Long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /**
     * The catalogue filtered in memory (a province has a few hundred units at most): the matching units
     * in tree order for the table, and for the tree the matches with their ancestors, so that each match
     * is shown in its place.
     */
    @Transactional(readOnly = true)
    Catalogue catalogue(UnitSearch search) {
        List<Unit> all = units.findAll();
        Map<Long, List<Unit>> children = childrenByParent(all);
        List<Unit> ordered = new ArrayList<>();
        for (Unit root : roots(all)) {
            preorder(root, children, ordered);
        }
        Set<Long> matched =
                ordered.stream().filter(search::matches).map(Unit::getId).collect(Collectors.toSet());
        Set<Long> visible = new HashSet<>(matched);
        Map<Long, Unit> byId = all.stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        for (Long id : matched) {
            visible.addAll(byId.get(id).ancestorIds());
        }
        List<Node> tree = roots(all).stream()
                .filter(u -> visible.contains(u.getId()))
                .map(u -> node(u, children, visible, search.isFiltered() ? matched : null))
                .toList();
        List<Unit> rows =
                ordered.stream().filter(u -> matched.contains(u.getId())).toList();
        return new Catalogue(tree, rows, all.size(), search.isFiltered());
    }

    @Transactional(readOnly = true)
    Details details(Long id) {
        Unit unit = get(id);
        List<Long> ancestorIds = unit.ancestorIds();
        Map<Long, Unit> found =
                units.findAllById(ancestorIds).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        List<Unit> ancestors =
                ancestorIds.stream().map(found::get).filter(u -> u != null).toList();
        Unit parent = unit.getParentId() == null ? null : found.get(unit.getParentId());
        List<Unit> children = units.findByParentIdOrderBySortOrderAscNameAsc(id);
        long subtreeSize = units.countSubtree(unit.getPath()) - 1;
        List<AuditEvent> history = new ArrayList<>(audit.historyOf(ENTITY, id));
        Collections.reverse(history);
        return new Details(unit, parent, ancestors, children, subtreeSize, history);
    }

    /**
     * Where a unit can go: every active unit in tree order with its depth, except {@code moving} and its
     * descendants (pass null when creating).
     */
    @Transactional(readOnly = true)
    List<ParentOption> parentOptions(Unit moving) {
        List<Unit> all = units.findAll();
        Map<Long, List<Unit>> children = childrenByParent(all);
        List<Unit> ordered = new ArrayList<>();
        for (Unit root : roots(all)) {
            preorder(root, children, ordered);
        }
        return ordered.stream()
                .filter(u -> u.isActive() && (moving == null || !moving.containsInSubtree(u)))
                .map(u -> new ParentOption(u.getId(), u.getName(), u.getCode(), u.getLevel()))
                .toList();
    }

    /**
     * Every rule of {@link #create} and {@link #update} that can be checked without saving, all at once, so
     * that a form with a badly typed field also shows a duplicate code or a reversed validity. Fields that
     * are missing or malformed are skipped; {@code id} is null for a new unit. Saving checks them again.
     */
    @Transactional(readOnly = true)
    Problems check(UnitForm form, Long id) {
        Problems problems = new Problems();
        if (form.getCode() != null
                && form.getCode().matches(UnitForm.CODE_PATTERN)
                && (id == null ? units.existsByCode(form.getCode()) : units.existsByCodeAndIdNot(form.getCode(), id))) {
            problems.add(duplicateCode());
        }
        if (form.getValidFrom() != null
                && form.getValidTo() != null
                && form.getValidTo().isBefore(form.getValidFrom())) {
            problems.reject("validTo", "unit.validTo.beforeFrom");
        }
        if (id == null) {
            if (form.getParentId() == null) {
                if (units.anotherRootExists(0L)) {
                    problems.reject("parentId", "unit.parent.required");
                }
            } else {
                units.findById(form.getParentId())
                        .ifPresentOrElse(
                                parent -> {
                                    if (form.isActive() && !parent.isActive()) {
                                        problems.reject("parentId", "unit.parent.inactive");
                                    }
                                },
                                () -> problems.reject("parentId", "unit.parent.unknown"));
            }
        } else {
            units.findById(id).ifPresent(unit -> {
                if (unit.isActive() && !form.isActive() && units.existsByParentIdAndActiveTrue(id)) {
                    problems.reject("active", "unit.deactivate.activeChildren");
                }
                if (!unit.isActive()
                        && form.isActive()
                        && unit.getParentId() != null
                        && units.findById(unit.getParentId())
                                .map(p -> !p.isActive())
                                .orElse(false)) {
                    problems.reject("active", "unit.reactivate.parentInactive");
                }
            });
        }
        return problems;
    }

    @StaffOnly
    Unit create(UnitForm form, CurrentUser user) {
        units.lockRoots();
        check(form, null).throwIfAny();
        Unit parent = form.getParentId() == null ? null : get(form.getParentId());
        Unit unit = new Unit(form.getCode(), form.getName(), form.getKind());
        apply(form, unit);
        UniqueKeys.saveOrReject(CODE_CONSTRAINT, duplicateCode(), () -> units.saveAndFlush(unit));
        unit.placeUnder(parent);
        audit.recordCreation(
                user.username(),
                "UNIT_CREATED",
                ENTITY,
                unit.getId(),
                unit.getCode() + " " + unit.getName(),
                snapshot(unit, parent));
        return unit;
    }

    @StaffOnly
    Unit update(Long id, UnitForm form, CurrentUser user) {
        Unit unit = lockedForEdit(id, form.getVersion());
        check(form, id).throwIfAny();
        Unit parent = unit.getParentId() == null ? null : get(unit.getParentId());
        Map<String, String> before = snapshot(unit, parent);
        apply(form, unit);
        UniqueKeys.runOrReject(CODE_CONSTRAINT, duplicateCode(), units::flush);
        audit.recordChanges(
                user.username(),
                "UNIT_UPDATED",
                ENTITY,
                id,
                unit.getCode(),
                FieldChanges.between(before, snapshot(unit, parent)));
        return unit;
    }

    /**
     * Moves a unit, with everything under it, under another parent: the parent column of the unit and, in
     * one UPDATE, the paths and levels of its whole subtree. Refused under itself or its own descendant.
     */
    @StaffOnly
    void move(Long id, MoveForm form, CurrentUser user) {
        Unit unit = lockedForEdit(id, form.getVersion());
        Unit target = units.findById(form.getParentId())
                .orElseThrow(() -> new InvalidInputException("parentId", "unit.parent.unknown"));
        if (unit.containsInSubtree(target)) {
            throw new InvalidInputException("parentId", "unit.move.cycle");
        }
        if (target.getId().equals(unit.getParentId())) {
            throw new InvalidInputException("parentId", "unit.move.sameParent");
        }
        if (unit.isActive() && !target.isActive()) {
            throw new InvalidInputException("parentId", "unit.parent.inactive");
        }
        Unit oldParent = unit.getParentId() == null ? null : get(unit.getParentId());
        String oldPath = unit.getPath();
        int oldLevel = unit.getLevel();
        String newPath = target.getPath() + unit.getId() + "/";
        int newLevel = target.getLevel() + 1;
        String code = unit.getCode();

        unit.moveUnder(target);
        int moved = units.moveSubtree(oldPath, newPath, newLevel - oldLevel);

        List<String> lines = new ArrayList<>();
        lines.add(
                "parent: " + (oldParent == null ? FieldChanges.EMPTY : oldParent.getCode()) + " → " + target.getCode());
        lines.add("path: " + oldPath + " → " + newPath);
        if (newLevel != oldLevel) {
            lines.add("level: " + oldLevel + " → " + newLevel);
        }
        lines.add("unitsMoved: " + moved);
        String details = String.join("\n", lines);
        audit.record(
                user.username(),
                "UNIT_MOVED",
                ENTITY,
                id,
                AuditText.of(
                        "audit.summary.unit.moved",
                        code,
                        oldParent == null ? FieldChanges.EMPTY : oldParent.getCode(),
                        target.getCode(),
                        moved),
                details);
    }

    /** Deactivates or reactivates a unit; its history stays. */
    @StaffOnly
    void setActive(Long id, boolean active, Long version, CurrentUser user) {
        Unit unit = lockedForEdit(id, version);
        if (unit.isActive() == active) {
            return;
        }
        if (!active && units.existsByParentIdAndActiveTrue(id)) {
            throw new InvalidInputException("active", "unit.deactivate.activeChildren");
        }
        if (active && unit.getParentId() != null && !get(unit.getParentId()).isActive()) {
            throw new InvalidInputException("active", "unit.reactivate.parentInactive");
        }
        if (active) {
            unit.activate();
        } else {
            unit.deactivate();
        }
        audit.record(
                user.username(),
                active ? "UNIT_REACTIVATED" : "UNIT_DEACTIVATED",
                ENTITY,
                id,
                unit.getCode() + ": active",
                "active: " + !active + " → " + active);
    }

    private static Problem duplicateCode() {
        return Problem.field("code", "unit.code.duplicate");
    }

    private static void apply(UnitForm form, Unit unit) {
        unit.rename(form.getCode(), form.getName(), form.getShortName());
        unit.classify(form.getKind(), form.getGsoCode(), form.isReporting(), form.getSortOrder());
        unit.validBetween(form.getValidFrom(), form.getValidTo());
        if (form.isActive()) {
            unit.activate();
        } else {
            unit.deactivate();
        }
    }

    private Map<String, String> snapshot(Unit unit, Unit parent) {
        Map<String, String> values = FieldChanges.snapshot();
        values.put("code", unit.getCode());
        values.put("name", unit.getName());
        values.put("shortName", unit.getShortName());
        values.put("kind", unit.getKind().name());
        values.put("parent", parent == null ? null : parent.getCode());
        values.put("gsoCode", unit.getGsoCode());
        values.put("validFrom", fmt.date(unit.getValidFrom()));
        values.put("validTo", fmt.date(unit.getValidTo()));
        values.put("reporting", String.valueOf(unit.isReporting()));
        values.put("active", String.valueOf(unit.isActive()));
        values.put("sortOrder", String.valueOf(unit.getSortOrder()));
        return values;
    }

    private static List<Unit> roots(List<Unit> all) {
        Set<Long> ids = all.stream().map(Unit::getId).collect(Collectors.toSet());
        return all.stream()
                .filter(u -> u.getParentId() == null || !ids.contains(u.getParentId()))
                .sorted(siblingOrder())
                .toList();
    }

    private static Map<Long, List<Unit>> childrenByParent(List<Unit> all) {
        Map<Long, List<Unit>> children = new HashMap<>();
        for (Unit unit : all) {
            if (unit.getParentId() != null) {
                children.computeIfAbsent(unit.getParentId(), k -> new ArrayList<>())
                        .add(unit);
            }
        }
        children.values().forEach(list -> list.sort(siblingOrder()));
        return children;
    }

    private static void preorder(Unit unit, Map<Long, List<Unit>> children, List<Unit> out) {
        out.add(unit);
        for (Unit child : children.getOrDefault(unit.getId(), List.of())) {
            preorder(child, children, out);
        }
    }

    /** A node and its visible descendants; {@code matched} is null when no filter is on. */
    private static Node node(Unit unit, Map<Long, List<Unit>> children, Set<Long> visible, Set<Long> matched) {
        List<Node> kids = children.getOrDefault(unit.getId(), List.of()).stream()
                .filter(c -> visible.contains(c.getId()))
                .map(c -> node(c, children, visible, matched))
                .toList();
        boolean match = matched != null && matched.contains(unit.getId());
        return new Node(unit, match, matched != null && !match, kids);
    }

    /** Siblings by their sort order, then by name in Vietnamese alphabetical order. */
    private static Comparator<Unit> siblingOrder() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return Comparator.comparingInt(Unit::getSortOrder).thenComparing(Unit::getName, collator);
    }

    /** The unit to change, with the tree locked, if it is still the version the user opened. */
    private Unit lockedForEdit(Long id, Long version) {
        units.lockRoots();
        Unit unit = get(id);
        StaleEditException.check("unit", id, version, unit.getVersion());
        return unit;
    }
}
