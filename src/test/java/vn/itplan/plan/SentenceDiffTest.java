package vn.itplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceDiffTest {

    @Test
    void changedSentencesAreRemovedAndAddedTheRestKept() {
        List<SentenceDiff.Line> diff = SentenceDiff.between(
                "Đến nay 28/29 đơn vị có LAN. Các đơn vị có 40 máy chủ. Hết.",
                "Đến nay 29/29 đơn vị có LAN. Các đơn vị có 40 máy chủ. Hết.");

        assertThat(diff)
                .containsExactly(
                        new SentenceDiff.Line(SentenceDiff.Kind.REMOVED, "Đến nay 28/29 đơn vị có LAN."),
                        new SentenceDiff.Line(SentenceDiff.Kind.ADDED, "Đến nay 29/29 đơn vị có LAN."),
                        new SentenceDiff.Line(SentenceDiff.Kind.SAME, "Các đơn vị có 40 máy chủ."),
                        new SentenceDiff.Line(SentenceDiff.Kind.SAME, "Hết."));
    }

    @Test
    void emptyTextsGiveOnlyAdditionsOrRemovals() {
        assertThat(SentenceDiff.between(null, "Một. Hai."))
                .extracting(SentenceDiff.Line::kind)
                .containsExactly(SentenceDiff.Kind.ADDED, SentenceDiff.Kind.ADDED);
        assertThat(SentenceDiff.between("Một.", ""))
                .extracting(SentenceDiff.Line::kind)
                .containsExactly(SentenceDiff.Kind.REMOVED);
        assertThat(SentenceDiff.between("", "")).isEmpty();
    }
}
