package vn.itplan.indicator;

import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.audit.FieldChanges;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.StaffOnly;
import vn.itplan.web.Problem;
import vn.itplan.web.Problems;
import vn.itplan.web.StaleEditException;
import vn.itplan.web.UniqueKeys;
import vn.itplan.web.VersionedEntity;

/**
 * How a catalogue of coded records behind {@link CatalogueController} (the indicators, the extra report fields) is
 * changed, the same for each: the code is unique and fixed once created, the last valid year is not before the
 * first, an edit made on an older version is refused, and every creation and change is audited with its fields.
 * Messages: {@code <messages>.code.duplicate} and {@code <messages>.validTo.beforeFrom}. A catalogue adds its own
 * rules in {@link #checkMore}.
 *
 * @param <R> the record
 * @param <F> its form
 */
@Transactional
public abstract class CatalogueAdminService<R extends VersionedEntity, F extends CatalogueController.Form>
        implements CatalogueController.Admin<R, F> {

    /**
     * What tells one catalogue from another.
     *
     * @param entity the record's entity type in the audit trail
     * @param recordName the record as a stale edit names it
     * @param messages the prefix of the message keys
     * @param codePattern the pattern of a code (the form's), below which uniqueness is not asked
     * @param codeConstraint the unique key on the code
     * @param created the audit action of a creation
     * @param updated the audit action of a change
     */
    public record Catalogue(
            String entity,
            String recordName,
            String messages,
            String codePattern,
            String codeConstraint,
            String created,
            String updated) {}

    private final Catalogue catalogue;
    private final JpaRepository<R, Long> records;
    private final AuditService audit;

    protected CatalogueAdminService(Catalogue catalogue, JpaRepository<R, Long> records, AuditService audit) {
        this.catalogue = catalogue;
        this.records = records;
        this.audit = audit;
    }

    /** Whether a record of the catalogue has the code. */
    protected abstract boolean codeExists(String code);

    /** A new record with what the form fixes when it is created (the code), not saved. */
    protected abstract R newRecord(F form);

    /** Puts everything but the code from the form into the record. */
    protected abstract void apply(F form, R record);

    protected abstract String code(R record);

    /** The record's Vietnamese name, after its code in the trail's line of a creation. */
    protected abstract String name(R record);

    /** The audited fields, as {@link FieldChanges} compares them. */
    protected abstract Map<String, String> snapshot(R record);

    /** The catalogue's own rules, added to the common ones; {@code id} is null for a new record. */
    protected void checkMore(F form, Long id, Problems problems) {}

    /**
     * The rules of {@link #create} and {@link #update} checked without saving, so that they show together with Bean
     * Validation's errors; {@code id} is null for a new record. Saving checks them again.
     */
    @Transactional(readOnly = true)
    @Override
    public Problems check(F form, Long id) {
        Problems problems = new Problems();
        if (id == null
                && form.getCode() != null
                && form.getCode().matches(catalogue.codePattern())
                && codeExists(form.getCode())) {
            problems.add(duplicateCode());
        }
        if (form.getValidFromYear() != null
                && form.getValidToYear() != null
                && form.getValidToYear() < form.getValidFromYear()) {
            problems.reject("validToYear", catalogue.messages() + ".validTo.beforeFrom");
        }
        checkMore(form, id, problems);
        return problems;
    }

    @StaffOnly
    @Override
    public R create(F form, CurrentUser user) {
        check(form, null).throwIfAny();
        R record = newRecord(form);
        apply(form, record);
        UniqueKeys.saveOrReject(catalogue.codeConstraint(), duplicateCode(), () -> records.saveAndFlush(record));
        audit.recordCreation(
                user.username(),
                catalogue.created(),
                catalogue.entity(),
                record.getId(),
                code(record) + " " + name(record),
                snapshot(record));
        return record;
    }

    /** Saves everything but the code, which stays what it was. */
    @StaffOnly
    @Override
    public R update(Long id, F form, CurrentUser user) {
        R record = get(id);
        StaleEditException.check(catalogue.recordName(), id, form.getVersion(), record.getVersion());
        check(form, id).throwIfAny();
        Map<String, String> before = snapshot(record);
        apply(form, record);
        records.flush();
        audit.recordChanges(
                user.username(),
                catalogue.updated(),
                catalogue.entity(),
                id,
                code(record),
                FieldChanges.between(before, snapshot(record)));
        return record;
    }

    private Problem duplicateCode() {
        return Problem.field("code", catalogue.messages() + ".code.duplicate");
    }
}
