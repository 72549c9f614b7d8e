package vn.itplan.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL statements (with their parameters) that one request issued through Spring's {@code JdbcTemplate}, read back
 * from the portal's log while {@code org.springframework.jdbc.core.JdbcTemplate} logs at DEBUG and
 * {@code StatementCreatorUtils} at TRACE; found by the request's id (the log's correlation part). Replayed over JDBC,
 * they are the database's share of the page, without the application.
 */
record CapturedSql(List<Statement> statements) {

    private static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
    private static final Pattern EXECUTING = Pattern.compile("Executing (?:prepared SQL statement|SQL query) \\[");
    private static final Pattern PARAMETER = Pattern.compile(
            "parameter value: column index (\\d+), parameter value \\[(.*)], value class \\[([^\\]]*)]");

    record Statement(String sql, List<Object> parameters) {}

    static CapturedSql fromLog(Path log, String requestId) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<Statement> statements = new ArrayList<>();
        String tag = "[" + requestId + "]";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher executing = EXECUTING.matcher(line);
            if (!line.contains(tag) || !executing.find()) {
                continue;
            }
            StringBuilder sql = new StringBuilder(line.substring(executing.end()));
            int j = i + 1;
            while (j < lines.size() && !LOG_LINE.matcher(lines.get(j)).matches()) {
                sql.append('\n').append(lines.get(j++));
            }
            String text = sql.toString().strip();
            text = text.substring(0, text.length() - 1); // the closing ']'
            TreeMap<Integer, Object> parameters = new TreeMap<>();
            while (j < lines.size() && !EXECUTING.matcher(lines.get(j)).find()) {
                Matcher parameter = PARAMETER.matcher(lines.get(j));
                if (lines.get(j).contains(tag) && parameter.find()) {
                    parameters.put(Integer.parseInt(parameter.group(1)), value(parameter.group(2), parameter.group(3)));
                }
                j++;
            }
            // the session store's statements are the stack's (health pays none), not the page's
            if (!text.toLowerCase(java.util.Locale.ROOT).contains("spring_session")) {
                statements.add(new Statement(text, new ArrayList<>(parameters.values())));
            }
            i = j - 1;
        }
        return new CapturedSql(statements);
    }

    private static Object value(String text, String type) {
        return switch (type) {
            case "java.lang.Long" -> Long.valueOf(text);
            case "java.lang.Integer" -> Integer.valueOf(text);
            case "java.lang.Boolean" -> Boolean.valueOf(text);
            case "java.math.BigDecimal" -> new BigDecimal(text);
            case "java.time.LocalDate" -> LocalDate.parse(text);
            case "null", "" -> null;
            default -> text;
        };
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of every statement, with its SQL above its plan. */
    String explain(Connection connection) throws SQLException {
        StringBuilder plans = new StringBuilder();
        for (Statement statement : statements) {
            plans.append("-- ")
                    .append(statement.parameters())
                    .append('\n')
                    .append(statement.sql())
                    .append("\n\n");
            try (PreparedStatement prepared =
                    connection.prepareStatement("explain (analyze, buffers) " + statement.sql())) {
                for (int k = 0; k < statement.parameters().size(); k++) {
                    prepared.setObject(k + 1, statement.parameters().get(k));
                }
                try (ResultSet result = prepared.executeQuery()) {
                    while (result.next()) {
                        plans.append(result.getString(1)).append('\n');
                    }
                }
            }
            plans.append("\n");
        }
        return plans.toString();
    }

    /** Runs every statement once and reads every row; returns the number of rows. */
    long run(Connection connection) throws SQLException {
        long rows = 0;
        for (Statement statement : statements) {
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                for (int k = 0; k < statement.parameters().size(); k++) {
                    prepared.setObject(k + 1, statement.parameters().get(k));
                }
                try (ResultSet result = prepared.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int c = 1; c <= columns; c++) {
                            result.getObject(c);
                        }
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
