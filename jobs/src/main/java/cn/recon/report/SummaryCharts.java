package cn.recon.report;

import java.util.HexFormat;
import java.util.List;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts on the summary sheet, drawn from its own cells (so they stay true if a cell is corrected):
 * flags by township (stacked columns, one series per code present) and the county's home-visit coverage by month
 * (columns for roster and key children, a line for the 100% target).
 */
final class SummaryCharts {

    /** Explicit series colours: LibreOffice draws series without a fill as invisible. */
    private static final String[] PALETTE = {"C00000", "ED7D31", "7030A0", "A5A5A5", "4472C4", "FFC000", "70AD47",
        "264478", "9E480E", "636363", "997300", "255E91", "43682B", "B4C7E7", "F4B183"};

    private SummaryCharts() {
    }

    private static XDDFColor color(String hex) {
        return XDDFColor.from(HexFormat.of().parseHex(hex));
    }

    private static void fill(XDDFChartData.Series s, String hex) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(new XDDFSolidFillProperties(color(hex)));
        s.setShapeProperties(p);
    }

    static void draw(XSSFSheet sheet, SummarySheet.Layout layout, List<String> codesPresent) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = layout.belowRow();
        if (layout.townshipCount() > 0 && !codesPresent.isEmpty()) {
            flagsByTownship(sheet, drawing, layout, codesPresent, top);
        }
        if (layout.monthCount() > 0) {
            coverage(sheet, drawing, layout, top);
        }
    }

    private static void flagsByTownship(XSSFSheet sheet, XSSFDrawing drawing, SummarySheet.Layout l,
            List<String> codes, int top) {
        XSSFChart chart = chart(drawing, 0, 11, top, "各乡镇问题数（本季度，按类型）", LegendPosition.RIGHT);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart);
        y.setTitle("问题数");
        int last = l.townshipFirstRow() + l.townshipCount() - 1;
        XDDFDataSource<String> towns = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(l.townshipFirstRow(), last, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        for (String code : codes) {
            int col = l.firstCodeCol() + l.codes().indexOf(code);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(l.townshipFirstRow(), last, col, col));
            XDDFChartData.Series s = data.addSeries(towns, values);
            s.setTitle(Labels.flagName(code), new CellReference(sheet.getSheetName(), l.townshipFirstRow() - 1,
                    col, true, true));
            fill(s, PALETTE[l.codes().indexOf(code) % PALETTE.length]);
        }
        chart.plot(data);
        stackedOverlap(chart);
    }

    /** A chart 22 rows high between two columns, from row {@code top}, titled, with its legend. */
    private static XSSFChart chart(XSSFDrawing drawing, int fromCol, int toCol, int top, String title,
            LegendPosition legend) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, fromCol, top, toCol, top + 22));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(legend);
        return chart;
    }

    /** The left value axis, crossing the category axis at zero between categories. */
    private static XDDFValueAxis valueAxis(XSSFChart chart) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        return y;
    }

    /**
     * A stacked column chart needs {@code <c:overlap val="100"/>} (Excel draws the segments side by side
     * otherwise). {@code XDDFBarChartData.setOverlap} needs a schema type that poi-ooxml-lite does not ship, so
     * the attribute is written as text.
     */
    private static void stackedOverlap(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        setVal(bar.isSetGapWidth() ? bar.getGapWidth() : bar.addNewGapWidth(), "60");
        setVal(bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap(), "100");
    }

    private static void setVal(XmlObject o, String value) {
        try (XmlCursor c = o.newCursor()) {
            c.setAttributeText(new QName("val"), value);
        }
    }

    private static void coverage(XSSFSheet sheet, XSSFDrawing drawing, SummarySheet.Layout l, int top) {
        XSSFChart chart = chart(drawing, 12, 21, top, "全县入户走访覆盖率（按月，目标 100%）", LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart);
        y.setMinimum(0);
        y.setMaximum(1.1);
        y.setMajorUnit(0.2);
        y.setNumberFormat("0%");
        int first = l.monthFirstRow();
        int last = first + l.monthCount() - 1;
        XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        for (int col : new int[] {3, 6}) {
            XDDFChartData.Series s = bars.addSeries(months, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, col, col)));
            s.setTitle(col == 3 ? "在册儿童覆盖率" : "重点儿童覆盖率",
                    new CellReference(sheet.getSheetName(), first - 1, col, true, true));
            fill(s, col == 3 ? "4472C4" : "ED7D31");
        }
        chart.plot(bars);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        line.setVaryColors(false);
        XDDFLineChartData.Series target = (XDDFLineChartData.Series) line.addSeries(months,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 7, 7)));
        target.setTitle("目标 100%", new CellReference(sheet.getSheetName(), first - 1, 7, true, true));
        target.setMarkerStyle(MarkerStyle.NONE);
        target.setSmooth(false);
        XDDFLineProperties red = new XDDFLineProperties(new XDDFSolidFillProperties(color("C00000")));
        red.setWidth(2.0);
        red.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setLineProperties(red);
        target.setShapeProperties(p);
        chart.plot(line);
    }
}
