package cn.recon.ingest.read;

import cn.recon.ingest.ExtractFileException;
import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.MissingSheetException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * XLSX through the streaming excel-streaming-reader (a window of rows in memory, never the sheet): the first sheet
 * or the one the layout names; title rows above the header passed over; real Excel dates given as ISO text; numbers
 * written without exponent or ".0" and marked numeric, so that an ID stored as a number can be recognised.
 */
final class XlsxTabularReader implements TabularReader {

    private final Path file;
    private final Workbook workbook;
    private final String sheetName;
    private final Iterator<Row> rows;
    private final XlsxCells cells;
    private final ArrayDeque<RawRow> pending = new ArrayDeque<>();
    private Header header;

    private XlsxTabularReader(Path file, Workbook workbook, Sheet sheet) {
        this.file = file;
        this.workbook = workbook;
        this.sheetName = sheet.getSheetName();
        this.rows = sheet.rowIterator();
        this.cells = new XlsxCells(workbook);
    }

    static XlsxTabularReader open(Path file, HeaderSpec spec) {
        Workbook wb;
        try {
            wb = StreamingReader.builder().rowCacheSize(256).bufferSize(1 << 16).setReadComments(false)
                    .setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false)
                    .setReadStyles(true).open(file.toFile());
        } catch (RuntimeException e) {
            throw new ExtractFileException(file, "无法打开 Excel 文件，文件可能已损坏或不是 .xlsx 工作簿（" + e.getMessage()
                    + "）", e);
        }
        try {
            XlsxTabularReader r = new XlsxTabularReader(file, wb, sheet(file, wb, spec.sheet()));
            r.findHeader(spec);
            return r;
        } catch (ExtractFileException e) {
            closeQuietly(wb);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(wb);
            throw new ExtractFileException(file, "读取 Excel 文件出错，文件可能已损坏（" + e.getMessage() + "）", e);
        }
    }

    private static Sheet sheet(Path file, Workbook wb, String name) {
        if (wb.getNumberOfSheets() == 0) {
            throw new ExtractFileException(file, "工作簿中没有工作表");
        }
        if (name == null) {
            return wb.getSheetAt(0);
        }
        try {
            return wb.getSheet(name);
        } catch (MissingSheetException e) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            throw new ExtractFileException(file, "工作簿中没有名为「" + name + "」的工作表（现有：" + String.join("、", names)
                    + "）", e);
        }
    }

    private void findHeader(HeaderSpec spec) {
        List<HeaderFinder.Candidate> candidates = new ArrayList<>();
        List<RawRow> read = new ArrayList<>();
        RawRow r;
        while (candidates.size() < HeaderFinder.SEARCH_ROWS && (r = nextNonBlank(0)) != null) {
            read.add(r);
            candidates.add(new HeaderFinder.Candidate(r.line(), cells.last()));
        }
        if (candidates.isEmpty()) {
            throw new ExtractFileException(file, "工作表「" + sheetName + "」是空的");
        }
        HeaderFinder.Found found = new HeaderFinder(spec).find(file, candidates);
        header = found.header();
        pending.addAll(read.subList(found.index() + 1, read.size()));
    }

    private RawRow nextNonBlank(int width) {
        while (rows.hasNext()) {
            Row row = rows.next();
            RawRow raw = cells.read(row, width);
            if (raw != null) {
                return raw;
            }
        }
        return null;
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
            return nextNonBlank(header.names().size());
        } catch (RuntimeException e) {
            throw new IOException(file.getFileName() + "：读取 Excel 工作表「" + sheetName + "」出错（" + e.getMessage()
                    + "）", e);
        }
    }

    @Override
    public String describe() {
        return "XLSX, sheet '" + sheetName + "', header on row " + header.line();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static void closeQuietly(Workbook wb) {
        try {
            wb.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing
        }
    }
}
