package vn.itplan.report;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.itplan.period.PeriodService;
import vn.itplan.security.CurrentUser;
import vn.itplan.support.PostgresTest;
import vn.itplan.support.ReportFixture;

/**
 * Time, memory allocated and peak heap of checking a staff upload of 5,000 units (one row each, every field filled),
 * and of refusing a 100,000-row workbook, on the test PostgreSQL. The reading is measured against POI's whole-workbook
 * reader (what {@code web.TableUpload} used before it streamed). A benchmark, not a test: it asserts nothing and
 * Surefire does not run it by default. Run it with {@code TEST_DB_URL=... ./mvnw test -Dtest=ReportImportBenchmark}
 * and read the table it prints; the peak heap is sampled every 2 ms and includes garbage not yet collected.
 */
@PostgresTest
class ReportImportBenchmark {

    static final int UNITS = 5_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ReportFiles files;

    @Autowired
    ReportImports imports;

    @Autowired
    PeriodService periods;

    @Test
    void printFigures() throws Exception {
        ReportTestData data = new ReportTestData(jdbc, users);
        long periodId = data.openPeriod();
        ReportFixture fx = new ReportFixture(jdbc);
        long root = fx.unit("BENCH", "OTHER", null, false);
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            long unit = fx.unit("I", "SO", root, true);
            codes.add(jdbc.queryForObject("select code from unit where id = ?", String.class, unit));
        }
        Map<String, String> values = ReportTestData.validParams();
        byte[] file = workbook(codes, values);
        byte[] huge = hugeWorkbook(values, 100_000);
        CurrentUser staff = data.user("itstaff");
        var period = periods.get(periodId);

        System.out.println();
        System.out.printf(
                "file: %,d rows x %d columns, %,d bytes; 100,000-row file %,d bytes%n",
                UNITS, values.size() + 1, file.length, huge.length);
        System.out.println("step                                   | ms     | allocated MB | peak heap MB");
        for (int run = 0; run < 2; run++) {
            String warm = run == 0 ? " (cold)" : "";
            ReportFiles.Parsed parsed =
                    measure("read 5,000 rows, streaming" + warm, () -> files.parse("b.xlsx", file, period));
            measure("read 5,000 rows, whole workbook" + warm, () -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
                    return workbook.getSheetAt(0).getLastRowNum();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            measure(
                    "check 5,000 rows (rules, database)" + warm,
                    () -> imports.check(periodId, parsed.rows(), staff, done -> {}));
            ReportFiles.Parsed refused =
                    measure("refuse 100,000 rows, streaming" + warm, () -> files.parse("h.xlsx", huge, period));
            if (run == 1) {
                System.out.println("refusal: " + refused.problems().get(0).messageKey());
            }
        }
    }

    static byte[] workbook(List<String> codes, Map<String, String> values) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("x"), codes.size(), codes::get, values);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] hugeWorkbook(Map<String, String> values, int rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            fill(workbook.createSheet("x"), rows, i -> "U" + i, values);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(
            Sheet sheet, int rows, java.util.function.IntFunction<String> code, Map<String, String> values) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("Mã đơn vị");
        List<String> properties = List.copyOf(values.keySet());
        for (int c = 0; c < properties.size(); c++) {
            header.createCell(c + 1).setCellValue(properties.get(c));
        }
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue(code.apply(r));
            for (int c = 0; c < properties.size(); c++) {
                String v = values.get(properties.get(c));
                if (v.matches("\\d+")) {
                    row.createCell(c + 1).setCellValue(Double.parseDouble(v));
                } else {
                    row.createCell(c + 1).setCellValue(v.equals("true") ? "Có" : v.equals("false") ? "Không" : v);
                }
            }
        }
    }

    private static <T> T measure(String step, Supplier<T> work) {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        AtomicLong peak = new AtomicLong(runtime.totalMemory() - runtime.freeMemory());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        T result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        sampler.interrupt();
        System.out.printf("%-38s | %6d | %12.1f | %12.1f%n", step, ms, allocated / 1e6, peak.get() / 1e6);
        return result;
    }
}
