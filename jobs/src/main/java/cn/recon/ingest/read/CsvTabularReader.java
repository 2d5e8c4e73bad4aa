package cn.recon.ingest.read;

import cn.recon.ingest.ExtractFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV (or tab-separated text) through Apache Commons CSV: encoding and delimiter detected from the first bytes,
 * quoted fields with embedded delimiters and line breaks, line numbers counted as physical lines.
 */
final class CsvTabularReader implements TabularReader {

    /** Bytes examined to detect the encoding. */
    static final int HEAD_BYTES = 4 << 20;
    private static final int DELIMITER_SAMPLE_CHARS = 64 << 10;

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private final TextEncoding encoding;
    private final ArrayDeque<HeaderFinder.Candidate> pending = new ArrayDeque<>();
    private Header header;

    private CsvTabularReader(Path file, CSVParser parser, char delimiter, TextEncoding encoding) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.delimiter = delimiter;
        this.encoding = encoding;
    }

    static CsvTabularReader open(Path file, HeaderSpec spec) {
        byte[] head;
        int n;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = new byte[(int) Math.min(size, HEAD_BYTES)];
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ExtractFileException(file, "无法读取文件（" + e.getMessage() + "）", e);
        }
        TextEncoding enc = TextEncoding.detect(head, n, n >= size);
        char delimiter = delimiter(head, n, enc);
        CsvTabularReader r = null;
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            in.skipNBytes(enc.bomLength());
            CharsetDecoder dec = enc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setTrailingData(true).get();
            r = new CsvTabularReader(file, CSVParser.builder().setReader(reader).setFormat(format).get(), delimiter,
                    enc);
            r.findHeader(spec);
            return r;
        } catch (MalformedCsv e) {
            closeQuietly(r, in);
            throw new ExtractFileException(file, e.problem, e);
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(r, in);
            throw new ExtractFileException(file, "无法读取 CSV 文件（" + e.getMessage() + "）", e);
        } catch (RuntimeException e) {
            closeQuietly(r, in);
            throw e;
        }
    }

    private void findHeader(HeaderSpec spec) throws IOException {
        List<HeaderFinder.Candidate> candidates = new ArrayList<>();
        HeaderFinder.Candidate c;
        while (candidates.size() < HeaderFinder.SEARCH_ROWS && (c = nextNonBlank()) != null) {
            candidates.add(c);
        }
        if (candidates.isEmpty()) {
            throw new ExtractFileException(file, "文件中没有任何内容（只有空行）");
        }
        HeaderFinder.Found found = new HeaderFinder(spec).find(file, candidates);
        header = found.header();
        pending.addAll(candidates.subList(found.index() + 1, candidates.size()));
    }

    /** The next non-blank record with the physical line it starts on, or null at the end. */
    private HeaderFinder.Candidate nextNonBlank() throws IOException {
        while (true) {
            int line = (int) parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                String[] values = records.next().values();
                if (!RawRow.isBlank(values)) {
                    return new HeaderFinder.Candidate(line, values);
                }
            } catch (UncheckedIOException e) {
                throw new MalformedCsv(file, "第 " + line + " 行起：CSV 格式错误（" + e.getCause().getMessage()
                        + "；常见原因是引号没有成对）", e);
            }
        }
    }

    @Override
    public Header header() {
        return header;
    }

    @Override
    public RawRow next() throws IOException {
        HeaderFinder.Candidate c = pending.isEmpty() ? nextNonBlank() : pending.poll();
        if (c == null) {
            return null;
        }
        return new RawRow(c.line(), c.cells(), null, RawRow.isTotals(c.cells()), delimiter);
    }

    @Override
    public String describe() {
        return "CSV, " + encoding.describe() + ", " + (delimiter == '\t' ? "tab" : "comma") + "-separated, header on line "
                + header.line();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Tab when the first lines hold more tabs than commas outside quotes, else comma. */
    static char delimiter(byte[] head, int n, TextEncoding enc) {
        int from = enc.bomLength();
        int len = Math.min(n - from, DELIMITER_SAMPLE_CHARS * 2);
        CharBuffer text;
        try {
            text = enc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(head, from, Math.max(len, 0)));
        } catch (java.nio.charset.CharacterCodingException e) {
            return ',';
        }
        int commas = 0;
        int tabs = 0;
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < HeaderFinder.SEARCH_ROWS; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (ch == ',') {
                    commas++;
                } else if (ch == '\t') {
                    tabs++;
                } else if (ch == '\n') {
                    lines++;
                }
            }
        }
        return tabs > commas ? '\t' : ',';
    }

    /** A syntax error in the CSV text; the message names the file, the problem alone is kept for file errors. */
    private static final class MalformedCsv extends IOException {
        private final String problem;

        MalformedCsv(Path file, String problem, Throwable cause) {
            super(file.getFileName() + ": " + problem, cause);
            this.problem = problem;
        }
    }

    private static void closeQuietly(CsvTabularReader r, InputStream in) {
        try {
            if (r != null) {
                r.close();
            } else if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // already failing
        }
    }
}
