package vn.itplan.web;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text into the cells of one .xlsx workbook the way Excel itself keeps formula-like text as text: the cell
 * shows the text as it is and gets the style's quote prefix when {@link SpreadsheetText#startsLikeAFormula} holds,
 * so that editing it in Excel never turns it into a formula. One quote-prefixed copy per style and workbook.
 */
public final class XlsxText {

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    public XlsxText(Workbook workbook) {
        this.workbook = workbook;
    }

    public void set(Cell cell, String text) {
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        if (SpreadsheetText.startsLikeAFormula(value)) {
            cell.setCellStyle(quoted.computeIfAbsent(cell.getCellStyle(), style -> {
                CellStyle copy = workbook.createCellStyle();
                copy.cloneStyleFrom(style);
                copy.setQuotePrefixed(true);
                return copy;
            }));
        }
    }
}
