package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.itplan.audit.AuditText;

class ChangeLogTest {

    @Test
    void onlyWhatChangedIsWrittenAnEmptyValueAsEverywhereInTheTrail() {
        ChangeLog changes = new ChangeLog()
                .change("title", "Kế hoạch", "Kế hoạch mới")
                .change("number", "01/KH-UBND", "01/KH-UBND")
                .change("signer", null, "Nguyễn Văn A")
                .change("issueDate", LocalDate.of(2025, 1, 2), null)
                .change("fields", Set.of("b", "a"), Set.of("a", "b"));

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.fields()).isEqualTo("title, signer, issueDate");
        assertThat(changes.details())
                .isEqualTo("title: Kế hoạch → Kế hoạch mới\nsigner: — → Nguyễn Văn A\nissueDate: 02/01/2025 → —");
    }

    @Test
    void nothingChangedIsEmpty() {
        ChangeLog changes = new ChangeLog().change("title", "A", "A").change("note", null, "");

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.fields()).isEmpty();
        assertThat(changes.details()).isEmpty();
    }

    @Test
    void aLongTextChangedAfterItsStartIsSaidToHaveChanged() {
        String start = "x".repeat(250);
        ChangeLog changes =
                new ChangeLog().change("title", "A", "B").changeText("body", start + " one", start + " two");

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.fields()).isEqualTo("title, body");
        assertThat(changes.details())
                .isEqualTo("title: A → B\nbody: " + AuditText.of("audit.detail.changedBeyondStart"));
    }
}
