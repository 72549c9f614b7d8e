package vn.itplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.itplan.support.PostgresTest;

/** On PostgreSQL a trigger refuses to change or remove an audit event, whoever asks through JDBC. */
@PostgresTest
class AuditAppendOnlyTest {

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anEventCanBeAddedButNeitherChangedNorDeleted() {
        String type = "AppendOnly" + System.nanoTime();
        tx.executeWithoutResult(status -> audit.record("auditor", "THING_CHANGED", type, 1L, "before"));
        Long id = jdbc.queryForObject("select id from audit_event where entity_type = ?", Long.class, type);

        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'forged' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select summary from audit_event where id = ?", String.class, id))
                .isEqualTo("before");
    }
}
