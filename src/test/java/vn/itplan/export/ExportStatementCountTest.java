package vn.itplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.StatementCounter;

/** An export costs the same number of SQL statements for a plan of 3 tasks and one of 40 tasks and sections. */
@PostgresTest
class ExportStatementCountTest {

    @Autowired
    ExportService exports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanExports planExports;

    @Test
    void statementCountDoesNotGrowWithThePlan() {
        ExportTestData small = ExportTestData.figures(jdbc);
        ExportTestData large = new ExportTestData(jdbc).larger(small, 40);
        exports.document(small.plan);

        // writing the files from the figures of now (a draft's download, an issue's snapshot)
        var docSmall = StatementCounter.count(() -> planExports.docx(planExports.load(small.plan)));
        var docLarge = StatementCounter.count(() -> planExports.docx(planExports.load(large.plan)));
        var xlsSmall = StatementCounter.count(() -> planExports.xlsx(planExports.load(small.plan)));
        var xlsLarge = StatementCounter.count(() -> planExports.xlsx(planExports.load(large.plan)));
        // forty times the tasks and sections: no more statements (one fewer may be read from the session's cache)
        assertThat(docLarge.statements()).isLessThanOrEqualTo(docSmall.statements());
        assertThat(docSmall.statements()).isLessThanOrEqualTo(32);
        assertThat(xlsLarge.statements()).isLessThanOrEqualTo(xlsSmall.statements());
        assertThat(exports.document(large.plan).fileName()).endsWith("-du-thao.docx");

        // an issued plan's download reads its snapshot: the plan and the stored file
        assertThat(StatementCounter.count(() -> exports.document(small.plan)).statements())
                .isLessThanOrEqualTo(3);
    }
}
