package vn.itplan.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan document's text as blocks for the browser preview ({@code templates/export/preview.html} decides how each
 * looks): the same calls {@link PlanDocumentContent} makes on the Word file.
 */
final class PreviewBlocks implements DocumentOut {

    /** What a block is; the template chooses its markup by it. */
    enum Kind {
        HEADING,
        PARAGRAPH,
        CAPTION,
        NOTE,
        SPACER,
        TABLE
    }

    /**
     * One block of the document.
     *
     * @param depth  a heading's depth in the section tree
     * @param italic a note in italics
     */
    record Block(Kind kind, String text, int depth, boolean italic, List<String> header, List<List<Cell>> rows) {

        public List<String> lines() {
            return text == null ? List.of() : text.lines().toList();
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    @Override
    public void heading(String title, int depth) {
        blocks.add(new Block(Kind.HEADING, title, depth, depth >= 2, List.of(), List.of()));
    }

    @Override
    public void paragraph(String text) {
        blocks.add(new Block(Kind.PARAGRAPH, text, 0, false, List.of(), List.of()));
    }

    @Override
    public void caption(String caption) {
        blocks.add(new Block(Kind.CAPTION, caption, 0, false, List.of(), List.of()));
    }

    @Override
    public void note(String note, boolean italic) {
        blocks.add(new Block(Kind.NOTE, note, 0, italic, List.of(), List.of()));
    }

    @Override
    public void spacer() {
        blocks.add(new Block(Kind.SPACER, null, 0, false, List.of(), List.of()));
    }

    @Override
    public void table(int[] widths, List<String> header, List<List<Cell>> rows) {
        blocks.add(new Block(Kind.TABLE, null, 0, false, List.copyOf(header), List.copyOf(rows)));
    }
}
