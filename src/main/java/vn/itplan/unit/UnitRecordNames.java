package vn.itplan.unit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.itplan.audit.AuditRecordNames;

/** Units named in the audit trail by their name, with one query for a page. */
@RequiredArgsConstructor
@Component
class UnitRecordNames implements AuditRecordNames {

    private final UnitService units;

    @Override
    public String entityType() {
        return UnitAdminService.ENTITY;
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids, Locale locale) {
        Map<Long, String> names = new LinkedHashMap<>();
        units.byIds(ids).forEach((id, unit) -> names.put(id, unit.getName()));
        return names;
    }
}
