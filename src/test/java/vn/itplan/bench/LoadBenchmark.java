package vn.itplan.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * The load benchmark (not a test): drives a running portal with signed-in clients and prints p50, p95, p99 and
 * throughput of each page at 1 and 20 clients, with the floors measured in the same run: {@code /actuator/health}
 * over the same stack, and the dashboard's SQL replayed over JDBC (captured from the portal's log while one dashboard
 * request runs). Results go to {@code target/bench/<label>.tsv}; the ratios national / province and 10 years / 1
 * year are printed when those files exist. Run by {@code src/test/scripts/bench.sh} (README, "Performance").
 *
 * <p>System properties: {@code base} (http://localhost:8106), {@code db} (the JDBC URL the portal uses), {@code log}
 * (the portal's log file), {@code label} (province, national, national-1y), {@code seconds} (per step, 10),
 * {@code clients} (20), {@code warmup} (seconds of requests per step before any is measured, 3), {@code steps} (names of the steps to run, comma-separated;
 * all by default), {@code measure} (false: only capture the pages' SQL and write its query plans).
 */
public final class LoadBenchmark {

    private final String base = System.getProperty("base", "http://localhost:8106");
    private final String db = System.getProperty("db", "jdbc:postgresql://localhost:5432/itplan_bench");
    private final String label = System.getProperty("label", "national");
    private final long stepNanos = Long.getLong("seconds", 10) * 1_000_000_000L;
    private final int manyClients = Integer.getInteger("clients", 20);
    /** Before anything is measured, each step runs this long at one client, so that 1-client figures are JIT-warm. */
    private final long warmUpNanos = Long.getLong("warmup", 3) * 1_000_000_000L;
    /** Names of the steps to run, comma-separated, in that order (all when empty). */
    private final List<String> only = List.of(System.getProperty("steps", "").split(",")).stream()
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .toList();

    private final Path results = Path.of(System.getProperty("results", "target/bench"));

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
    }

    /** One measured thing: a fresh client for each of {@code n} clients. */
    private record Step(String name, IntFunction<Client> client) {}

    /** A client's repeated request; returns whether the answer was the expected one. */
    @FunctionalInterface
    private interface Client {
        boolean request() throws Exception;
    }

    private record Result(
            String page, int clients, int requests, int errors, double p50, double p95, double p99, double perSecond) {}

    private void run() throws Exception {
        Targets targets = targets();
        System.out.printf(
                Locale.ROOT,
                "%n%s: dashboard, plan %d, board of period %d, drill-down UD02, report %d (%s)%n",
                label,
                targets.plan,
                targets.period,
                targets.reports.get(0).id,
                targets.reports.get(0).username);
        List<PortalSession> staff = new ArrayList<>();
        for (int i = 0; i < manyClients; i++) {
            staff.add(PortalSession.signedIn(base, NationalDataGenerator.IT_STAFF, NationalDataGenerator.PASSWORD));
        }
        List<PortalSession> unitAdmins = new ArrayList<>();
        for (EditableReport report : targets.reports) {
            unitAdmins.add(PortalSession.signedIn(base, report.username, NationalDataGenerator.PASSWORD));
        }
        PortalSession anonymous = new PortalSession(base);
        CapturedSql dashboardSql = capture("dashboard", "/dashboard");
        capture("board", "/reports?period=" + targets.period);
        capture("plan", "/plans/" + targets.plan);

        List<Step> all = List.of(
                new Step("/actuator/health (floor)", i -> page(anonymous, "/actuator/health")),
                new Step("dashboard SQL over JDBC (floor)", i -> sql(dashboardSql)),
                new Step("/dashboard", i -> page(staff.get(i), "/dashboard")),
                new Step("plan page", i -> page(staff.get(i), "/plans/" + targets.plan)),
                new Step("plan figures", i -> page(staff.get(i), "/plans/" + targets.plan + "/rollup")),
                new Step("board of a period", i -> page(staff.get(i), "/reports?period=" + targets.period)),
                new Step("drill-down", i -> page(staff.get(i), "/figures/" + targets.period + "/UD02")),
                new Step("report form (unit admin)", i -> {
                    int k = i % unitAdmins.size();
                    return page(unitAdmins.get(k), "/reports/" + targets.reports.get(k).id + "/edit");
                }),
                new Step("report save", i -> {
                    int k = i % unitAdmins.size();
                    return save(unitAdmins.get(k), targets.reports.get(k).id);
                }));
        List<Step> steps = only.isEmpty()
                ? all
                : only.stream()
                        .flatMap(name -> all.stream().filter(step -> step.name.equals(name)))
                        .toList();
        if (!Boolean.parseBoolean(System.getProperty("measure", "true"))) {
            return; // -Dmeasure=false: the captured SQL and its plans only
        }
        List<Result> results = new ArrayList<>();
        for (Step step : steps) {
            Client warm = step.client.apply(0);
            long until = System.nanoTime() + warmUpNanos;
            while (System.nanoTime() < until) {
                if (warm instanceof SaveClient save) {
                    save.prepare();
                }
                warm.request();
            }
        }
        for (Step step : steps) {
            // the save steps use one report per client: at most as many clients as editable reports
            int many = step.name.startsWith("report") ? Math.min(manyClients, unitAdmins.size()) : manyClients;
            for (int clients : new int[] {1, many}) {
                Result result = measure(step, clients);
                results.add(result);
                System.out.printf(
                        Locale.ROOT,
                        "  %-32s %2d clients: p50 %8.1f ms  (%d requests)%n",
                        result.page,
                        clients,
                        result.p50,
                        result.requests);
            }
        }
        print(results);
        save(results);
        ratios();
    }

    private static Client page(PortalSession session, String path) {
        return () -> session.get(path).statusCode() == 200;
    }

    private static Client save(PortalSession session, long reportId) {
        return new SaveClient(session, "/reports/" + reportId + "/edit");
    }

    /** A save: the form is fetched (untimed) before each timed POST, so each POST carries the current version. */
    private static final class SaveClient implements Client {
        private final PortalSession session;
        private final String path;
        private int round;
        private Map<String, String> next;

        SaveClient(PortalSession session, String path) {
            this.session = session;
            this.path = path;
        }

        void prepare() {
            Document page = Jsoup.parse(session.get(path).body());
            FormElement form = page.select("form[action$=/edit]").forms().get(0);
            Map<String, String> data = new LinkedHashMap<>();
            form.formData().forEach(kv -> data.put(kv.key(), kv.value()));
            data.put("printers", String.valueOf(10 + (round++ % 7)));
            next = data;
        }

        @Override
        public boolean request() {
            if (next == null) {
                prepare();
            }
            HttpResponse<String> response = session.post(path, next);
            next = null;
            return response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith(path);
        }
    }

    private Client sql(CapturedSql captured) {
        return new Client() {
            Connection connection;

            @Override
            public boolean request() throws SQLException {
                if (connection == null) {
                    connection = DriverManager.getConnection(db, "postgres", System.getProperty("password", ""));
                }
                captured.run(connection);
                return true;
            }
        };
    }

    private Result measure(Step step, int clients) throws InterruptedException {
        List<Client> ready = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ready.add(step.client.apply(i));
        }
        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long deadline = start + stepNanos;
        for (Client client : ready) {
            new Thread(() -> {
                        try {
                            do {
                                if (client instanceof SaveClient save) {
                                    save.prepare();
                                }
                                long t0 = System.nanoTime();
                                boolean ok;
                                try {
                                    ok = client.request();
                                } catch (Exception e) {
                                    ok = false;
                                }
                                times.add((System.nanoTime() - t0) / 1e6);
                                if (!ok) {
                                    errors.incrementAndGet();
                                }
                            } while (System.nanoTime() < deadline);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return new Result(
                step.name,
                clients,
                sorted.size(),
                errors.get(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.size() / seconds);
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /**
     * A page's JdbcTemplate statements, captured from the log of one request with SQL logging switched on; their
     * query plans (EXPLAIN ANALYZE) are written to {@code target/bench/<label>-<name>-plans.txt}.
     */
    private CapturedSql capture(String name, String path) throws IOException, InterruptedException, SQLException {
        Path log = Path.of(System.getProperty("log", "target/bench/portal.log"));
        PortalSession admin = PortalSession.signedIn(base, NationalDataGenerator.ADMIN, NationalDataGenerator.PASSWORD);
        String token = PortalSession.csrf(admin.get("/account").body());
        Map<String, String> levels = Map.of(
                "org.springframework.jdbc.core.JdbcTemplate", "DEBUG",
                "org.springframework.jdbc.core.StatementCreatorUtils", "TRACE");
        levels.forEach((logger, level) ->
                admin.postJson("/actuator/loggers/" + logger, "{\"configuredLevel\":\"" + level + "\"}", token));
        String requestId = "bench-sql-" + System.nanoTime();
        admin.get(path, Map.of("X-Request-Id", requestId));
        levels.keySet()
                .forEach(logger -> admin.postJson("/actuator/loggers/" + logger, "{\"configuredLevel\":null}", token));
        Thread.sleep(500);
        CapturedSql captured = CapturedSql.fromLog(log, requestId);
        if (captured.statements().isEmpty()) {
            throw new IllegalStateException("no SQL of request " + requestId + " in " + log
                    + " (is management.endpoints.web.exposure.include given 'loggers'?)");
        }
        System.out.printf(
                "  %s: %d JdbcTemplate statements captured%n",
                path, captured.statements().size());
        Files.createDirectories(results);
        try (Connection connection = DriverManager.getConnection(db, "postgres", System.getProperty("password", ""))) {
            Files.writeString(results.resolve(label + "-" + name + "-plans.txt"), captured.explain(connection));
        }
        return captured;
    }

    private record EditableReport(long id, String username) {}

    private record Targets(long plan, long period, List<EditableReport> reports) {}

    private Targets targets() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db, "postgres", System.getProperty("password", ""));
                Statement statement = connection.createStatement()) {
            long plan = single(statement, "select id from plan where status = 'DRAFT' order by plan_year desc limit 1");
            long period = single(
                    statement,
                    "select id from reporting_period where kind = 'ANNUAL' order by period_year desc limit 1");
            List<EditableReport> reports = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select r.id, u.username from status_report r
                    join reporting_period p on p.id = r.period_id
                    join app_user u on u.unit_id = r.unit_id and u.role = 'UNIT_ADMIN'
                    where p.open and r.state in ('DRAFT', 'RETURNED')
                    order by p.end_date desc, r.id limit %d""".formatted(manyClients))) {
                while (rows.next()) {
                    reports.add(new EditableReport(rows.getLong(1), rows.getString(2)));
                }
            }
            return new Targets(plan, period, reports);
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("nothing for " + sql + ": generate the data first");
            }
            return rows.getLong(1);
        }
    }

    private void print(List<Result> all) {
        System.out.printf(Locale.ROOT, "%n%s (load average %s)%n", label, loadAverage());
        System.out.println("| page | clients | p50 ms | p95 ms | p99 ms | req/s | requests | errors |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Result r : all) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d |%n",
                    r.page,
                    r.clients,
                    r.p50,
                    r.p95,
                    r.p99,
                    r.perSecond,
                    r.requests,
                    r.errors);
        }
    }

    private void save(List<Result> all) throws IOException {
        Files.createDirectories(results);
        List<String> lines = new ArrayList<>();
        for (Result r : all) {
            lines.add(String.join(
                    "\t",
                    r.page,
                    String.valueOf(r.clients),
                    String.valueOf(r.p50),
                    String.valueOf(r.p95),
                    String.valueOf(r.p99),
                    String.valueOf(r.perSecond)));
        }
        Files.write(results.resolve(label + ".tsv"), lines, StandardCharsets.UTF_8);
    }

    /** p50 at one client of each page, from a saved run. */
    private Map<String, Double> p50s(String run) throws IOException {
        Path file = results.resolve(run + ".tsv");
        Map<String, Double> p50 = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells[1].equals("1")) {
                    p50.put(cells[0], Double.parseDouble(cells[2]));
                }
            }
        }
        return p50;
    }

    private void ratios() throws IOException {
        Map<String, Double> now = p50s(label);
        if (!now.containsKey("/dashboard") || !now.containsKey("dashboard SQL over JDBC (floor)")) {
            return;
        }
        double floor = now.get("/actuator/health (floor)") + now.get("dashboard SQL over JDBC (floor)");
        System.out.printf(
                Locale.ROOT,
                "%ndashboard p50 / (health p50 + SQL p50) = %.1f / %.1f = %.2f%n",
                now.get("/dashboard"),
                floor,
                now.get("/dashboard") / floor);
        String base = label.replaceFirst("-\\d+y$", "");
        ratio("national / province (p50, 1 client)", p50s("national"), p50s("province"));
        ratio("10 years / 1 year (p50, 1 client)", p50s(base), p50s(base + "-1y"));
    }

    private static void ratio(String title, Map<String, Double> over, Map<String, Double> under) {
        if (over.isEmpty() || under.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("| " + title + " | ratio |");
        System.out.println("|---|---|");
        over.forEach((page, p50) -> {
            Double other = under.get(page);
            if (other != null) {
                System.out.printf(Locale.ROOT, "| %s | %.2f |%n", page, p50 / other);
            }
        });
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
