package cn.recon.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file written field by field (no per-row arrays), quoting only where needed, with CRLF between records as
 * office software writes them; it counts physical lines so each row's line number is known before it is written.
 */
final class CsvOut implements Closeable {

    private final Writer out;
    private final char separator;
    private int line = 1;
    private boolean first = true;
    private long rows;

    CsvOut(Path file, Charset charset, boolean bom, char separator) throws IOException {
        OutputStream os = Files.newOutputStream(file);
        this.out = new BufferedWriter(new OutputStreamWriter(os, charset), 1 << 16);
        this.separator = separator;
        if (bom) {
            out.write('\uFEFF');
        }
    }

    /** The physical line (1-based) on which the next record starts. */
    int line() {
        return line;
    }

    /** Data records written (the header counted as one: call {@link #header} for it). */
    long rows() {
        return rows;
    }

    void header(String... names) throws IOException {
        for (String n : names) {
            field(n);
        }
        end();
        rows = 0;
    }

    CsvOut field(String value) throws IOException {
        if (!first) {
            out.write(separator);
        }
        first = false;
        if (value == null || value.isEmpty()) {
            return this;
        }
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == separator || ch == '"' || ch == '\n' || ch == '\r') {
                quote = true;
            }
            if (ch == '\n') {
                line++;
            }
        }
        if (!quote) {
            out.write(value);
            return this;
        }
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                out.write('"');
            }
            out.write(ch);
        }
        out.write('"');
        return this;
    }

    void end() throws IOException {
        out.write("\r\n");
        line++;
        rows++;
        first = true;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
