package cn.recon.ingest.read;

import cn.recon.ingest.ExtractFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;

/**
 * XLSX read as a stream (POI's package and styles, the sheet XML through StAX; one row in memory, plus the
 * workbook's shared-string table): the first sheet or the one the layout names, title rows above the header passed
 * over, real Excel dates as ISO text, numbers written plainly and marked numeric so an ID stored as a number can be
 * recognised.
 */
final class XlsxTabularReader implements TabularReader {

    private final Path file;
    private final OPCPackage pkg;
    private final InputStream sheetStream;
    private final XlsxSheetRows rows;
    private final String sheetName;
    private final ArrayDeque<RawRow> pending = new ArrayDeque<>();
    private Header header;

    private XlsxTabularReader(Path file, OPCPackage pkg, InputStream sheetStream, XlsxSheetRows rows,
            String sheetName) {
        this.file = file;
        this.pkg = pkg;
        this.sheetStream = sheetStream;
        this.rows = rows;
        this.sheetName = sheetName;
    }

    static XlsxTabularReader open(Path file, HeaderSpec spec) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new ExtractFileException(file, "无法打开 Excel 文件，文件可能已损坏或不是 .xlsx 工作簿（" + e.getMessage()
                    + "）", e);
        }
        InputStream sheet = null;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            String chosen = null;
            while (it.hasNext() && sheet == null) {
                InputStream s = it.next();
                String name = it.getSheetName();
                names.add(name);
                if (spec.sheet() == null || spec.sheet().equals(name)) {
                    sheet = s;
                    chosen = name;
                } else {
                    s.close();
                }
            }
            if (sheet == null) {
                throw new ExtractFileException(file, names.isEmpty() ? "工作簿中没有工作表"
                        : "工作簿中没有名为「" + spec.sheet() + "」的工作表（现有：" + String.join("、", names) + "）");
            }
            XlsxSheetRows rows = new XlsxSheetRows(sheet, sharedStrings(reader), styles(reader), date1904(reader));
            XlsxTabularReader r = new XlsxTabularReader(file, pkg, sheet, rows, chosen);
            r.findHeader(spec);
            return r;
        } catch (ExtractFileException e) {
            closeQuietly(pkg, sheet);
            throw e;
        } catch (Exception e) {
            closeQuietly(pkg, sheet);
            throw new ExtractFileException(file, "读取 Excel 文件出错，文件可能已损坏（" + e.getMessage() + "）", e);
        }
    }

    private static String[] sharedStrings(XSSFReader reader) throws Exception {
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            return new String[0];
        }
        if (in == null) {
            return new String[0];
        }
        try (in) {
            return XlsxSharedStrings.read(in);
        }
    }

    private static StylesTable styles(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (Exception e) {
            return null;
        }
    }

    /** The workbook's date system: {@code <workbookPr date1904="1"/>}. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT) {
                        String n = x.getLocalName();
                        if (n.equals("workbookPr")) {
                            String v = x.getAttributeValue(null, "date1904");
                            return "1".equals(v) || "true".equals(v);
                        }
                        if (n.equals("sheets")) {
                            return false;
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        return false;
    }

    private void findHeader(HeaderSpec spec) throws XMLStreamException {
        List<HeaderFinder.Candidate> candidates = new ArrayList<>();
        List<RawRow> read = new ArrayList<>();
        RawRow r;
        while (candidates.size() < HeaderFinder.SEARCH_ROWS && (r = rows.next(0)) != null) {
            read.add(r);
            candidates.add(new HeaderFinder.Candidate(r.line(), rows.last()));
        }
        if (candidates.isEmpty()) {
            throw new ExtractFileException(file, "工作表「" + sheetName + "」是空的");
        }
        HeaderFinder.Found found = new HeaderFinder(spec).find(file, candidates);
        header = found.header();
        pending.addAll(read.subList(found.index() + 1, read.size()));
    }

    @Override
    public Header header() {
        return header;
    }

    @Override
    public RawRow next() throws IOException {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        try {
            return rows.next(header.names().size());
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException(file.getFileName() + "：读取 Excel 工作表「" + sheetName + "」出错，文件可能已损坏（"
                    + e.getMessage() + "）", e);
        }
    }

    @Override
    public String describe() {
        return "XLSX, sheet '" + sheetName + "', header on row " + header.line();
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } catch (XMLStreamException e) {
            // the stream is closed below anyway
        } finally {
            sheetStream.close();
            pkg.revert();
        }
    }

    private static void closeQuietly(OPCPackage pkg, InputStream sheet) {
        try {
            if (sheet != null) {
                sheet.close();
            }
        } catch (IOException ignored) {
            // already failing
        }
        pkg.revert();
    }
}
