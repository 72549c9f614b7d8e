package vn.itplan.web;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An entity that users edit: its generated key and the column {@code version} that JPA raises on every change, which
 * the edit form carries back for the stale-edit check ({@link StaleEditException#check}).
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class VersionedEntity extends IdEntity {

    @Version
    private long version;
}
