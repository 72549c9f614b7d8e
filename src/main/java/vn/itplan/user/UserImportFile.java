package vn.itplan.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.itplan.web.TableUpload;

/**
 * Reads the rows of a unit administrators file through {@link TableUpload} (CSV or .xlsx). The header row names
 * the columns (English or Vietnamese, in any order). A file that cannot be used at all raises {@link BadFile} with
 * a message key of the users bundle.
 */
final class UserImportFile {

    /** At most this many rows in one file (10,000 or more are refused). */
    static final int MAX_ROWS = 9_999;

    static final String USERNAME = "username";
    static final String FULL_NAME = "full name";
    static final String EMAIL = "e-mail";
    static final String UNIT_CODE = "unit code";

    /** Header names (compared {@link TableUpload#normalise normalised}) to the column they name. */
    private static final Map<String, String> HEADERS = TableUpload.aliases(Map.of(
            USERNAME, List.of("username", "tendangnhap"),
            FULL_NAME, List.of("fullname", "name", "hoten", "hovaten"),
            EMAIL, List.of("email", "thudientu"),
            UNIT_CODE, List.of("unitcode", "unit", "madonvi")));

    private UserImportFile() {}

    /** One line of the file: its line (or row) number and the four values, trimmed. */
    record Line(int number, String username, String fullName, String email, String unitCode) {}

    /** A file that cannot be imported at all; {@code messageKey} says why. */
    static final class BadFile extends Exception {
        final String messageKey;
        final transient Object[] args;

        BadFile(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    static List<Line> read(String filename, byte[] content) throws BadFile {
        TableUpload.Table table;
        try {
            table = TableUpload.read(filename, content, MAX_ROWS);
        } catch (TableUpload.BadFile e) {
            throw switch (e.reason()) {
                case TYPE -> new BadFile("users.import.file.type");
                case UNREADABLE -> new BadFile("users.import.file.unreadable");
                case EMPTY -> new BadFile("users.import.file.empty");
                case TOO_MANY -> new BadFile("users.import.file.tooMany", MAX_ROWS);
            };
        }
        Map<String, Integer> columns = table.columns(HEADERS);
        List<String> missing = new ArrayList<>();
        for (String column : List.of(USERNAME, FULL_NAME, EMAIL, UNIT_CODE)) {
            if (!columns.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadFile("users.import.file.columns", String.join(", ", missing));
        }
        if (table.lines().isEmpty()) {
            throw new BadFile("users.import.file.empty");
        }
        List<Line> lines = new ArrayList<>();
        for (TableUpload.Line line : table.lines()) {
            lines.add(new Line(
                    line.number(),
                    line.cell(columns.get(USERNAME)),
                    line.cell(columns.get(FULL_NAME)),
                    line.cell(columns.get(EMAIL)),
                    line.cell(columns.get(UNIT_CODE))));
        }
        return lines;
    }
}
