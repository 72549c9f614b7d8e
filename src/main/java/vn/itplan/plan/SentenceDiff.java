package vn.itplan.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two versions of a paragraph, sentence by sentence (longest common subsequence): enough to
 * show staff what regenerating the current-status text would change.
 */
final class SentenceDiff {

    enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    record Line(Kind kind, String text) {}

    private SentenceDiff() {}

    static List<Line> between(String before, String after) {
        String[] a = sentences(before);
        String[] b = sentences(after);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add(new Line(Kind.REMOVED, a[i++])); // removals first, as diffs read
            } else {
                lines.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        return lines;
    }

    /** Splits after ". ", "; " or a line break, keeping the punctuation. */
    static String[] sentences(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.strip().split("(?<=[.;:])\\s+|\\R+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
