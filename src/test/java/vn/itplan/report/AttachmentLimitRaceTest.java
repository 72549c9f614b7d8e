package vn.itplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.web.InvalidInputException;

/**
 * Uploads in parallel to one report on PostgreSQL: however they interleave, the report never holds more than
 * {@link AttachmentService#MAX_PER_REPORT} files.
 */
@PostgresTest
class AttachmentLimitRaceTest {

    @Autowired
    AttachmentService attachments;

    @Autowired
    ReportSubmissions reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void parallelUploadsStopAtTheLimit() throws Exception {
        ReportTestData data = new ReportTestData(jdbc, users);
        CurrentUser unit = data.user("unit-sgtvt");
        long id = reports.start(data.openPeriod(), false, unit);
        int already = AttachmentService.MAX_PER_REPORT - 3;
        for (int i = 0; i < already; i++) {
            jdbc.update(
                    "insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256,"
                            + " uploaded_by, uploaded_at) values (?, ?, 'application/pdf', 1, 'x', 'unit-sgtvt', now())",
                    id,
                    "da-co-" + i + ".pdf");
        }
        int parallel = 12;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                MockMultipartFile file = new MockMultipartFile(
                        "file", "song-song-" + i + ".pdf", "application/pdf", EvidenceFileTest.TINY_PDF);
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        attachments.add(id, file, unit);
                        return "added";
                    } catch (InvalidInputException e) {
                        return e.first().messageKey();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn("added"::equals).hasSize(3);
            assertThat(results).filteredOn("report.attachment.tooMany"::equals).hasSize(parallel - 3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Integer.class, id))
                .isEqualTo(AttachmentService.MAX_PER_REPORT);
    }
}
