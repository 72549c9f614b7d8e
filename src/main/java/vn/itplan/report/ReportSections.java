package vn.itplan.report;

import java.util.EnumMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.ConfigurablePropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * The four sections of one report, read and written field by field through {@link ReportField}. The section
 * entities have no setters: their figures change only here, copied from the form's values (or the previous report's)
 * by {@link #setAll}, field by field on the entities' fields.
 */
@RequiredArgsConstructor
final class ReportSections {

    private final InfrastructureInventory infrastructure;
    private final EmailAdoption email;
    private final EofficeAdoption eoffice;
    private final PublicServices services;

    static ReportSections blank(StatusReport report) {
        return new ReportSections(
                new InfrastructureInventory(report),
                new EmailAdoption(report),
                new EofficeAdoption(report),
                new PublicServices(report));
    }

    InfrastructureInventory infrastructure() {
        return infrastructure;
    }

    EmailAdoption email() {
        return email;
    }

    EofficeAdoption eoffice() {
        return eoffice;
    }

    PublicServices services() {
        return services;
    }

    Object get(ReportField field) {
        return wrapper(field).getPropertyValue(field.property());
    }

    private void set(ReportField field, Object value) {
        wrapper(field).setPropertyValue(field.property(), value);
    }

    /** Every field's value, in form order; blanks are null. */
    Map<ReportField, Object> values() {
        Map<ReportField, Object> values = new EnumMap<>(ReportField.class);
        for (ReportField field : ReportField.values()) {
            values.put(field, ReportField.normalise(get(field)));
        }
        return values;
    }

    /** Copies the values given (the form's, or the previous report's) into the sections. */
    void setAll(Map<ReportField, Object> values) {
        values.forEach(this::set);
    }

    private ConfigurablePropertyAccessor wrapper(ReportField field) {
        Object section =
                switch (field.section()) {
                    case INFRASTRUCTURE -> infrastructure;
                    case EMAIL -> email;
                    case EOFFICE -> eoffice;
                    case SERVICES -> services;
                };
        return PropertyAccessorFactory.forDirectFieldAccess(section);
    }
}
