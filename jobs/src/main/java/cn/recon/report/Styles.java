package cn.recon.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The handful of cell styles a workbook uses, created once per workbook (Excel limits the number of styles). */
final class Styles {

    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapText;
    final CellStyle center;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle percentLow;
    final CellStyle group;
    final CellStyle subgroup;
    final CellStyle keyChild;
    final CellStyle totalText;
    final CellStyle totalInteger;
    final CellStyle note;

    Styles(Workbook wb) {
        Font plain = font(wb, false, 11, IndexedColors.BLACK);
        Font bold = font(wb, true, 11, IndexedColors.BLACK);
        title = wb.createCellStyle();
        title.setFont(font(wb, true, 14, IndexedColors.BLACK));
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = wb.createCellStyle();
        subtitle.setFont(font(wb, false, 10, IndexedColors.GREY_50_PERCENT));
        note = wb.createCellStyle();
        note.setFont(plain);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        header = bordered(wb, bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered(wb, plain);
        wrapText = bordered(wb, plain);
        wrapText.setWrapText(true);
        center = bordered(wb, plain);
        center.setAlignment(HorizontalAlignment.CENTER);
        date = bordered(wb, plain);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.CENTER);
        integer = bordered(wb, plain);
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        percent = bordered(wb, plain);
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        percentLow = bordered(wb, font(wb, true, 11, IndexedColors.RED));
        percentLow.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        group = filled(wb, font(wb, true, 12, IndexedColors.BLACK), IndexedColors.PALE_BLUE);
        subgroup = filled(wb, bold, IndexedColors.LIGHT_TURQUOISE);
        keyChild = bordered(wb, font(wb, true, 11, IndexedColors.RED));
        keyChild.setAlignment(HorizontalAlignment.CENTER);
        totalText = filled(wb, bold, IndexedColors.LEMON_CHIFFON);
        totalInteger = filled(wb, bold, IndexedColors.LEMON_CHIFFON);
        totalInteger.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    }

    private static Font font(Workbook wb, boolean bold, int points, IndexedColors color) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        f.setColor(color.getIndex());
        return f;
    }

    private static CellStyle bordered(Workbook wb, Font f) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle filled(Workbook wb, Font f, IndexedColors fill) {
        CellStyle s = bordered(wb, f);
        s.setFillForegroundColor(fill.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
