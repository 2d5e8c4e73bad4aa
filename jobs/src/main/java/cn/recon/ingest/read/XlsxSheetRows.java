package cn.recon.ingest.read;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The rows of one worksheet, streamed with StAX from its XML ({@code <row>}, {@code <c r t s>}, {@code <v>},
 * {@code <is>}): only the current row is in memory. Cells become text: shared and inline strings as written, formula
 * results as cached, real Excel dates (a number in a date format) as ISO dates, other numbers as written without
 * exponent or ".0" and marked numeric.
 */
final class XlsxSheetRows implements AutoCloseable {

    private final XMLStreamReader x;
    private final String[] sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    /** per style index: 1 date format, 2 not, 0 not yet known */
    private byte[] dateStyles = new byte[64];
    private String[] cells = new String[32];
    private boolean[] numeric = new boolean[32];
    private final StringBuilder text = new StringBuilder(64);
    private int lastRow;
    private String[] last;

    XlsxSheetRows(InputStream sheet, String[] sharedStrings, StylesTable styles, boolean date1904)
            throws XMLStreamException {
        this.x = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** The cells of the row last returned. */
    String[] last() {
        return last;
    }

    /** The next row that is not blank, at least {@code width} cells wide; null at the end of the sheet. */
    RawRow next(int width) throws XMLStreamException {
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("row")) {
                RawRow r = row(width);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Reads from a {@code <row>} start to its end; null when blank. */
    private RawRow row(int width) throws XMLStreamException {
        String r = x.getAttributeValue(null, "r");
        int rowNumber = r == null ? lastRow + 1 : Integer.parseInt(r);
        lastRow = rowNumber;
        int max = -1;
        int col = -1;
        boolean anyNumeric = false;
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                break;
            }
            if (e != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("c")) {
                continue;
            }
            String ref = x.getAttributeValue(null, "r");
            col = ref == null ? col + 1 : column(ref);
            if (col < 0) {
                continue;
            }
            String type = x.getAttributeValue(null, "t");
            String style = x.getAttributeValue(null, "s");
            String value = cellContent();
            if (value == null || value.isEmpty()) {
                continue;
            }
            ensure(col + 1);
            boolean num = false;
            if (type == null || type.equals("n")) {
                if (style != null && isDate(Integer.parseInt(style))) {
                    double d = Double.parseDouble(value);
                    value = DateUtil.isValidExcelDate(d) ? iso(DateUtil.getLocalDateTime(d, date1904)) : value;
                } else {
                    value = number(value);
                    num = true;
                }
            } else {
                switch (type) {
                    case "s" -> value = sharedString(value);
                    case "b" -> value = "1".equals(value) ? "TRUE" : "FALSE";
                    case "e" -> value = null;
                    default -> { } // str (formula text), inlineStr, d (ISO date): as written
                }
            }
            if (value != null && !value.isEmpty()) {
                cells[col] = value;
                numeric[col] = num;
                anyNumeric |= num;
                max = Math.max(max, col);
            }
        }
        int w = Math.max(width, max + 1);
        String[] values = Arrays.copyOf(cells, w);
        boolean[] nums = anyNumeric ? Arrays.copyOf(numeric, w) : null;
        Arrays.fill(cells, 0, Math.min(cells.length, max + 1), null);
        Arrays.fill(numeric, 0, Math.min(numeric.length, max + 1), false);
        last = values;
        if (max < 0 || RawRow.isBlank(values)) {
            return null;
        }
        return new RawRow(rowNumber, values, nums, RawRow.isTotals(values), ',');
    }

    /** The text of {@code <v>} or of an inline string's {@code <t>} runs, up to the end of the {@code <c>}. */
    private String cellContent() throws XMLStreamException {
        String v = null;
        text.setLength(0);
        boolean inline = false;
        int phonetic = 0;
        while (true) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if (n.equals("v")) {
                    v = x.getElementText();
                } else if (n.equals("is")) {
                    inline = true;
                } else if (n.equals("rPh")) {
                    phonetic++;
                } else if (n.equals("t") && inline && phonetic == 0) {
                    text.append(x.getElementText());
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                String n = x.getLocalName();
                if (n.equals("c")) {
                    return inline ? text.toString() : v;
                }
                if (n.equals("rPh")) {
                    phonetic--;
                }
            }
        }
    }

    private String sharedString(String index) {
        int i = Integer.parseInt(index);
        return i >= 0 && i < sharedStrings.length ? sharedStrings[i] : null;
    }

    /** Column index of a cell reference such as AB12 (A = 0). */
    static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }

    /** A number as written in a cell: integers as their digits, others without exponent or trailing zeros. */
    static String number(String v) {
        boolean plain = !v.isEmpty();
        for (int i = 0; i < v.length() && plain; i++) {
            char c = v.charAt(i);
            plain = c >= '0' && c <= '9' || c == '-' && i == 0;
        }
        if (plain) {
            return v;
        }
        try {
            return number(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return v;
        }
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String iso(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
    }

    private boolean isDate(int styleIndex) {
        if (styles == null || styleIndex < 0) {
            return false;
        }
        if (styleIndex >= dateStyles.length) {
            dateStyles = Arrays.copyOf(dateStyles, Math.max(styleIndex + 1, dateStyles.length * 2));
        }
        if (dateStyles[styleIndex] == 0) {
            boolean date = false;
            if (styleIndex < styles.getNumCellStyles()) {
                XSSFCellStyle s = styles.getStyleAt(styleIndex);
                short f = s.getDataFormat();
                date = DateUtil.isADateFormat(f, s.getDataFormatString()) || chineseBuiltIn(f);
            }
            dateStyles[styleIndex] = (byte) (date ? 1 : 2);
        }
        return dateStyles[styleIndex] == 1;
    }

    /**
     * Built-in number formats 27–36 and 50–58 are the date formats of Chinese-locale Excel (yyyy"年"m"月"d"日" and
     * the like); their format text is not stored in the file.
     */
    private static boolean chineseBuiltIn(short index) {
        return index >= 27 && index <= 36 || index >= 50 && index <= 58;
    }

    private void ensure(int n) {
        if (n > cells.length) {
            int len = Math.max(n, cells.length * 2);
            cells = Arrays.copyOf(cells, len);
            numeric = Arrays.copyOf(numeric, len);
        }
    }

    @Override
    public void close() throws XMLStreamException {
        x.close();
    }
}
