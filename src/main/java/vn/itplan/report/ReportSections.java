package vn.itplan.report;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/** The four sections of one report, read and written field by field through {@link ReportField}. */
final class ReportSections {

    private final InfrastructureInventory infrastructure;
    private final EmailAdoption email;
    private final EofficeAdoption eoffice;
    private final PublicServices services;

    ReportSections(InfrastructureInventory infrastructure, EmailAdoption email, EofficeAdoption eoffice,
                   PublicServices services) {
        this.infrastructure = infrastructure;
        this.email = email;
        this.eoffice = eoffice;
        this.services = services;
    }

    static ReportSections blank(StatusReport report) {
        return new ReportSections(new InfrastructureInventory(report), new EmailAdoption(report),
                new EofficeAdoption(report), new PublicServices(report));
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

    void set(ReportField field, Object value) {
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

    void setAll(Map<ReportField, Object> values) {
        values.forEach(this::set);
    }

    private BeanWrapper wrapper(ReportField field) {
        Object section = switch (field.section()) {
            case INFRASTRUCTURE -> infrastructure;
            case EMAIL -> email;
            case EOFFICE -> eoffice;
            case SERVICES -> services;
        };
        return PropertyAccessorFactory.forBeanPropertyAccess(section);
    }
}
