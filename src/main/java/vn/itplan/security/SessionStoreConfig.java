package vn.itplan.security;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The session store's SQL (Spring Session JDBC). Two requests of one session at once (a double click, two tabs) each
 * load the session, and when both add the same attribute (a flash message on its way to the next page) both save it
 * as new: with Spring Session's plain insert the second hits the primary key of {@code spring_session_attributes} and
 * the request fails with a 500. So an attribute is written as an upsert, the last save winning, as an attribute set
 * twice in one request would: {@code insert … on conflict do update} on PostgreSQL (Spring Session's own
 * customizer), {@code merge … key} on H2 (the default profile's file database).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    /** H2's upsert of an attribute; the parameters are the insert's (session, name, bytes). */
    static final String H2_CREATE_ATTRIBUTE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES"
            + " (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)"
            + " VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                .toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (product.contains("h2")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
        }
        throw new IllegalStateException("no session attribute upsert for the database " + product);
    }
}
