package cn.recon.ingest.read;

import cn.recon.ingest.ExtractFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides from a file's name and first bytes whether it is a CSV (text) or an XLSX workbook, and refuses everything
 * else with a message that says what the file is and what to do.
 */
final class FileTypes {

    enum Kind { CSV, XLSX }

    private enum Content { ZIP, OLE2, PDF, HTML, BINARY, TEXT }

    private static final String SAVE_AS = "请在 Excel 中打开并“另存为” Excel 工作簿（.xlsx）或 CSV（逗号分隔）后再导入";

    private FileTypes() {
    }

    static Kind check(Path file) {
        if (!Files.exists(file)) {
            throw new ExtractFileException(file, "文件不存在：" + file.toAbsolutePath());
        }
        if (!Files.isRegularFile(file)) {
            throw new ExtractFileException(file, "不是一个文件：" + file.toAbsolutePath());
        }
        byte[] head = new byte[512];
        int n;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ExtractFileException(file, "无法读取文件（" + e.getMessage() + "）", e);
        }
        if (size == 0) {
            throw new ExtractFileException(file, "文件是空的（0 字节）");
        }
        Content content = content(head, n);
        String ext = extension(file);
        switch (ext) {
            case "csv", "txt", "tsv" -> {
                if (content == Content.TEXT) {
                    return Kind.CSV;
                }
                throw new ExtractFileException(file, "文件扩展名是 ." + ext + "，但内容" + describe(content)
                        + "，与扩展名不符");
            }
            case "xlsx", "xlsm" -> {
                if (content == Content.ZIP) {
                    return Kind.XLSX;
                }
                if (content == Content.OLE2) {
                    throw new ExtractFileException(file, "文件扩展名是 ." + ext
                            + "，但内容是旧版二进制 Excel（.xls）或设置了打开密码的工作簿：" + SAVE_AS + "（如有密码请先去掉）");
                }
                throw new ExtractFileException(file, "文件扩展名是 ." + ext + "，但内容" + describe(content)
                        + "，与扩展名不符");
            }
            case "xls" -> throw new ExtractFileException(file, content == Content.OLE2
                    ? "旧版 Excel 格式（.xls）不能直接导入：" + SAVE_AS
                    : "文件扩展名是 .xls，但内容" + describe(content) + "：" + SAVE_AS);
            case "pdf" -> throw new ExtractFileException(file, "PDF 文件不能导入：请向数据提供单位索取 Excel（.xlsx）或 CSV 格式的导出文件");
            default -> throw new ExtractFileException(file, "不支持的文件类型"
                    + (ext.isEmpty() ? "（没有扩展名）" : " ." + ext) + "：只能导入 CSV（.csv/.txt）或 Excel 工作簿（.xlsx）");
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(Content c) {
        return switch (c) {
            case ZIP -> "是 Excel 工作簿（.xlsx）或其他压缩文件：如是 Excel 工作簿请把扩展名改为 .xlsx";
            case OLE2 -> "是旧版二进制 Excel（.xls）或加密的文件：" + SAVE_AS;
            case PDF -> "是 PDF 文件：PDF 不能导入，请索取 Excel 或 CSV 格式的导出文件";
            case HTML -> "是网页（HTML）格式（有的系统导出的“Excel”其实是网页）";
            case BINARY -> "不是文本（含有二进制数据）";
            case TEXT -> "是文本（CSV）：请把扩展名改为 .csv";
        };
    }

    private static Content content(byte[] b, int n) {
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return Content.ZIP;
        }
        if (n >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0) {
            return Content.OLE2;
        }
        if (n >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return Content.PDF;
        }
        boolean utf16 = n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
        if (utf16) {
            return Content.TEXT;
        }
        int i = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (i < n && b[i] == '<') {
            String start = new String(b, i, Math.min(n - i, 16), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            if (start.startsWith("<html") || start.startsWith("<!doctype") || start.startsWith("<table")
                    || start.startsWith("<?xml") || start.startsWith("<head") || start.startsWith("<meta")) {
                return Content.HTML;
            }
        }
        for (int k = 0; k < n; k++) {
            if (b[k] == 0) {
                return Content.BINARY;
            }
        }
        return Content.TEXT;
    }
}
