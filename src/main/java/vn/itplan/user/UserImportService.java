package vn.itplan.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.security.AdminOnly;
import vn.itplan.security.CurrentUser;
import vn.itplan.security.Role;
import vn.itplan.unit.Unit;
import vn.itplan.unit.UnitService;
import vn.itplan.web.UserText;

/**
 * Bulk creation of unit administrators from a file: {@link #preview} reads and checks every row without writing;
 * {@link #create} checks them again and creates all the accounts or none (one transaction), each with a one-time
 * password and "must change password", audited as {@code USERS_IMPORTED} plus one {@code USER_CREATED} each.
 */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
class UserImportService {

    private static final Pattern USERNAME = Pattern.compile(UserForm.USERNAME_PATTERN);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final AppUserRepository users;
    private final UnitService units;
    private final AuditService audit;
    private final UserService userService;

    @AdminOnly
    UserImport.Preview preview(String filename, byte[] content) throws UserImportFile.BadFile {
        return new UserImport.Preview(filename, check(UserImportFile.read(filename, content)));
    }

    /** Every row with its problems, against the units and accounts as they are now. */
    List<UserImport.Row> check(List<UserImportFile.Line> lines) {
        Map<String, Unit> unitsByCode = units.findAll().stream()
                .collect(Collectors.toMap(u -> u.getCode().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Set<String> usernames =
                lines.stream().map(l -> UserService.normalise(l.username())).collect(Collectors.toSet());
        Set<String> taken = users.findByUsernameIn(usernames).stream()
                .map(AppUser::getUsername)
                .collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>();
        lines.forEach(l -> seen.merge(UserService.normalise(l.username()), 1, Integer::sum));
        List<UserImport.Row> rows = new ArrayList<>();
        for (UserImportFile.Line line : lines) {
            List<String> problems = new ArrayList<>();
            String username = UserService.normalise(text(line.username()));
            String fullName = text(line.fullName());
            String email = text(line.email());
            String code = text(line.unitCode()).toUpperCase(Locale.ROOT);
            if (username.isEmpty()) {
                problems.add("users.import.problem.usernameEmpty");
            } else if (!USERNAME.matcher(username).matches()) {
                problems.add("users.import.problem.usernameInvalid");
            } else if (seen.getOrDefault(username, 0) > 1) {
                problems.add("users.import.problem.usernameTwice");
            } else if (taken.contains(username)) {
                problems.add("users.import.problem.usernameTaken");
            }
            if (fullName.isEmpty()) {
                problems.add("users.import.problem.nameEmpty");
            } else if (fullName.length() > 200) {
                problems.add("users.import.problem.nameTooLong");
            }
            if (!email.isEmpty()
                    && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
                problems.add("users.import.problem.emailInvalid");
            }
            Unit unit = unitsByCode.get(code);
            if (code.isEmpty()) {
                problems.add("users.import.problem.unitEmpty");
            } else if (unit == null) {
                problems.add("users.import.problem.unitUnknown");
            } else if (!unit.isActive()) {
                problems.add("users.import.problem.unitInactive");
            }
            rows.add(new UserImport.Row(
                    line.number(),
                    username,
                    fullName,
                    email.isEmpty() ? null : email,
                    code,
                    unit == null ? null : unit.getId(),
                    unit == null ? null : unit.getName(),
                    List.copyOf(problems)));
        }
        return rows;
    }

    /**
     * Creates every account of the preview, or none: the rows are checked again (the database may have changed
     * since the preview); any problem refuses the whole import with the rows' problems.
     */
    @AdminOnly
    @Transactional
    Result create(UserImport.Preview preview, CurrentUser by) {
        List<UserImportFile.Line> lines = preview.rows().stream()
                .map(r -> new UserImportFile.Line(r.line(), r.username(), r.fullName(), r.email(), r.unitCode()))
                .toList();
        List<UserImport.Row> rows = check(lines);
        UserImport.Preview checked = new UserImport.Preview(preview.filename(), rows);
        if (!checked.ready()) {
            return new Result(checked, null);
        }
        List<UserImport.Credential> credentials = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (UserImport.Row row : rows) {
            UserService.Created account = userService.createWithOneTimePassword(
                    row.username(), row.fullName(), row.email(), Role.UNIT_ADMIN, row.unitId(), by);
            created.add(account.user().getUsername());
            credentials.add(new UserImport.Credential(
                    row.username(), row.fullName(), row.unitCode(), account.oneTimePassword()));
        }
        audit.record(
                by.username(),
                "USERS_IMPORTED",
                UserService.ENTITY,
                null,
                preview.filename() + ": " + created.size(),
                String.join(", ", created.stream().sorted().toList()));
        return new Result(checked, new UserImport.Passwords(List.copyOf(credentials)));
    }

    /** A cell cleaned like any typed text (control characters dropped, NFC), never null. */
    private static String text(String value) {
        String clean = UserText.clean(value);
        return clean == null ? "" : clean.strip();
    }

    /** The rows as checked at confirmation and, when all were created, their one-time passwords. */
    record Result(UserImport.Preview preview, UserImport.Passwords passwords) {}
}
