package vn.itplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The unit administrators file, read through {@code web.TableUpload}, in the words of the users bundle. */
class UserImportFileTest {

    @Test
    void vietnameseHeadersInAnyOrder() throws Exception {
        String csv = "\uFEFFMã đơn vị;Họ và tên;Thư điện tử;Tên đăng nhập\nSTC; Đinh X ;;dinhx\n";

        var lines = UserImportFile.read("users.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(lines).containsExactly(new UserImportFile.Line(2, "dinhx", "Đinh X", "", "STC"));
    }

    @Test
    void badFilesKeepTheirMessageKeys() {
        assertThat(key("notes.pdf", "%PDF-1.4")).isEqualTo("users.import.file.type");
        assertThat(key("users.csv", "")).isEqualTo("users.import.file.empty");
        assertThat(key("users.csv", "username,full name,e-mail,unit code\n")).isEqualTo("users.import.file.empty");
        assertThat(key("users.csv", "username,name\nx,y\n")).isEqualTo("users.import.file.columns");
        assertThat(key("users.xlsx", "not a workbook")).isEqualTo("users.import.file.unreadable");
        assertThatThrownBy(() -> UserImportFile.read(
                        "users.csv",
                        ("username,full name,e-mail,unit code\n" + "a,b,,c\n".repeat(UserImportFile.MAX_ROWS + 1))
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserImportFile.BadFile.class, e -> assertThat(e.messageKey)
                        .isEqualTo("users.import.file.tooMany"));
    }

    private static String key(String filename, String content) {
        try {
            UserImportFile.read(filename, content.getBytes(StandardCharsets.UTF_8));
            return null;
        } catch (UserImportFile.BadFile e) {
            return e.messageKey;
        }
    }
}
