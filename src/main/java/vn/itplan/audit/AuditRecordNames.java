package vn.itplan.audit;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A feature that names its records in the audit trail ("Ủy ban nhân dân huyện Đắk Tô · Quý 1/2015" rather
 * than "StatusReport #43"). The trail asks each feature once per page, for all the ids of its type on the page,
 * so a page's statement count does not grow with its rows. Records that no longer exist are simply absent.
 */
public interface AuditRecordNames {

    /** The entity type the feature records under (e.g. "Unit"). */
    String entityType();

    /** id → display name in the given interface language. */
    Map<Long, String> names(Collection<Long> ids, Locale locale);
}
