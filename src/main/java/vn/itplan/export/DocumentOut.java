package vn.itplan.export;

import java.util.List;

/**
 * Where the text of a plan document goes: the Word file ({@link WordDocument}) or the browser preview
 * ({@link PreviewBlocks}). {@link PlanDocumentContent} decides what is said, once, for both.
 */
interface DocumentOut {

    /** A section heading at {@code depth} in the tree (0 for I., II., …). */
    void heading(String title, int depth);

    /** A paragraph of running text. */
    void paragraph(String text);

    /** A table's caption. */
    void caption(String caption);

    void note(String note, boolean italic);

    void spacer();

    /** A bordered data table: column widths in twips, the header row, then the rows. */
    void table(int[] widths, List<String> header, List<List<Cell>> rows);

    /** How a cell's text is aligned. */
    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** A table cell: its text (lines separated by line breaks) and alignment. */
    record Cell(String text, Align align) {

        static Cell left(String text) {
            return new Cell(text == null ? "" : text, Align.LEFT);
        }

        static Cell center(String text) {
            return new Cell(text == null ? "" : text, Align.CENTER);
        }

        static Cell right(String text) {
            return new Cell(text == null ? "" : text, Align.RIGHT);
        }
    }
}
