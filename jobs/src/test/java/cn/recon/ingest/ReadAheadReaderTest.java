package cn.recon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadReaderTest {

    /** Rows 1..n, then the end or a failure; counts the rows read and whether it was closed. */
    private static final class Lines implements ExtractReader<String> {
        final int n;
        final IOException failure;
        final AtomicInteger read = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();

        Lines(int n, IOException failure) {
            this.n = n;
            this.failure = failure;
        }

        @Override
        public RowResult<String> read() throws IOException {
            int line = read.incrementAndGet();
            if (line <= n) {
                return new RowResult.Accepted<>(line, "row " + line);
            }
            if (failure != null) {
                throw failure;
            }
            return null;
        }

        @Override
        public String describe() {
            return "lines";
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void rowsComeOutInFileOrderEachOnceThenTheEnd() throws IOException {
        Lines lines = new Lines(20_000, null);
        List<Integer> seen = new ArrayList<>();
        try (ReadAheadReader<String> r = new ReadAheadReader<>(lines, "test")) {
            RowResult<String> row;
            while ((row = r.read()) != null) {
                seen.add(row.line());
            }
            assertThat(r.read()).isNull();
        }
        assertThat(seen).hasSize(20_000);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1);
        }
        assertThat(lines.closed).isTrue();
    }

    @Test
    void aFailureComesOutAfterTheRowsBeforeIt() throws IOException {
        Lines lines = new Lines(3, new IOException("line 4: broken"));
        try (ReadAheadReader<String> r = new ReadAheadReader<>(lines, "test")) {
            assertThat(r.read().line()).isEqualTo(1);
            assertThat(r.read().line()).isEqualTo(2);
            assertThat(r.read().line()).isEqualTo(3);
            assertThatThrownBy(r::read).isInstanceOf(IOException.class).hasMessage("line 4: broken");
        }
    }

    @Test
    void closingEarlyStopsReadingAheadAndClosesTheFile() throws IOException {
        Lines lines = new Lines(10_000_000, null);
        ReadAheadReader<String> r = new ReadAheadReader<>(lines, "test");
        assertThat(r.read().line()).isEqualTo(1);
        r.close();
        assertThat(lines.closed).isTrue();
        int after = lines.read.get();
        assertThat(after).isLessThan(10_000_000);
        assertThat(lines.read.get()).isEqualTo(after);
    }
}
