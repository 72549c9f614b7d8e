package vn.itplan.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A produced .docx opened with POI, read as the lines a reader sees: paragraphs, and table rows as "a | b | c". */
final class Docx {

    final XWPFDocument doc;
    final List<String> lines = new ArrayList<>();

    Docx(byte[] bytes) throws IOException {
        doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                if (!p.getText().isBlank()) {
                    lines.add(p.getText());
                }
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    lines.add(String.join(
                            " | ",
                            row.getTableCells().stream().map(Docx::cellText).toList()));
                }
            }
        }
    }

    /** A cell's non-blank paragraphs, one per line. */
    static String cellText(XWPFTableCell cell) {
        return String.join(
                "\n",
                cell.getParagraphs().stream()
                        .map(XWPFParagraph::getText)
                        .filter(t -> !t.isBlank())
                        .toList());
    }

    String text() {
        return String.join("\n", lines);
    }

    /** The index of the first line equal to {@code line}, or -1. */
    int indexOf(String line) {
        return lines.indexOf(line);
    }

    /** The index of the first line containing {@code part}, or -1. */
    int indexOfContaining(String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** Every run with text, in the body, in tables (also nested cells) and in the headers. */
    Stream<XWPFRun> runs() {
        List<XWPFRun> runs = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            runs.addAll(p.getRuns());
        }
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        runs.addAll(p.getRuns());
                    }
                }
            }
        }
        return runs.stream().filter(r -> r.text() != null && !r.text().isEmpty());
    }

    /** The runs of the paragraph (or table cell paragraph) whose text is exactly {@code text}. */
    List<XWPFRun> runsOf(String text) {
        List<XWPFRun> found = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getText().equals(text)) {
                found.addAll(p.getRuns());
            }
        }
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        if (p.getText().equals(text)) {
                            found.addAll(p.getRuns());
                        }
                    }
                }
            }
        }
        return found.stream()
                .filter(r -> r.text() != null && !r.text().isEmpty())
                .toList();
    }
}
