package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.StatementCounter;

/** An export costs the same number of SQL statements for a plan of 3 tasks and one of 40 tasks and sections. */
@PostgresTest
@Import(StatementCounter.class)
class ExportStatementCountTest {

    @Autowired
    ExportService exports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void statementCountDoesNotGrowWithThePlan() {
        ExportTestData small = ExportTestData.figures(jdbc);
        ExportTestData large = new ExportTestData(jdbc).larger(small, 40);
        exports.document(small.plan);

        var docSmall = StatementCounter.count(() -> exports.document(small.plan));
        var docLarge = StatementCounter.count(() -> exports.document(large.plan));
        var xlsSmall = StatementCounter.count(() -> exports.tables(small.plan));
        var xlsLarge = StatementCounter.count(() -> exports.tables(large.plan));

        assertThat(docLarge.statements()).isEqualTo(docSmall.statements()).isLessThanOrEqualTo(25);
        assertThat(xlsLarge.statements()).isEqualTo(xlsSmall.statements());
        assertThat(docLarge.result().fileName()).endsWith("-du-thao.docx");
    }
}
