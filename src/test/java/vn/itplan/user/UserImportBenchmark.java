package vn.itplan.user;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.itplan.security.TestUsers;
import vn.itplan.support.PostgresTest;

/**
 * How long the bulk creation of 500 unit administrators takes (each with a one-time password hashed with bcrypt),
 * on the test PostgreSQL. A benchmark, not a test: run it with {@code ./mvnw test -Dtest=UserImportBenchmark} and
 * read the figure it prints.
 */
@PostgresTest
@WithMockUser(roles = "ADMIN")
class UserImportBenchmark {

    private static final int ACCOUNTS = 500;

    @Autowired
    UserImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printFigures() {
        List<String> codes = jdbc.queryForList("select code from unit where active order by code", String.class);
        for (int run = 0; run < 2; run++) {
            String prefix = "bench" + UUID.randomUUID().toString().substring(0, 6) + "-";
            List<UserImport.Row> rows = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                String code = codes.get(i % codes.size());
                rows.add(new UserImport.Row(i + 2, prefix + i, "Quản trị " + i, null, code, null, null, List.of()));
            }
            long start = System.nanoTime();
            UserImportService.Result result =
                    imports.create(new UserImport.Preview("bench.csv", rows), TestUsers.admin("bench"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "%nUserImportBenchmark: %d unit administrators created in %,d ms (run %d, %d passwords)%n",
                    ACCOUNTS,
                    millis,
                    run + 1,
                    result.passwords() == null
                            ? 0
                            : result.passwords().credentials().size());
        }
    }
}
