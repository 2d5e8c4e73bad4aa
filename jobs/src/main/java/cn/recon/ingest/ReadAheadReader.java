package cn.recon.ingest;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An {@link ExtractReader} that parses and converts the rows ahead, on a thread of its own, while the step writes the
 * rows before them: the two cores work at once (on MySQL the database server and the reader, on H2 the insert and
 * the reader), where one would wait for the other. Rows come out in file order, each exactly once; a failure comes
 * out where it happened, after the rows before it. Only a bounded number of rows is held ahead. Which rows count as
 * read for a restart is decided by the caller, from the rows it took, so rows read ahead but not taken are simply
 * read again after a restart.
 */
final class ReadAheadReader<T> implements ExtractReader<T> {

    private static final int AHEAD = 4096;

    /** The end of the file, or a failure, in the queue after the last row. */
    private record End(Throwable failure) {
    }

    private final ExtractReader<T> reader;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean closing;
    private boolean ended;

    ReadAheadReader(ExtractReader<T> reader, String name) {
        this.reader = reader;
        this.thread = new Thread(this::readAll, "read-ahead " + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void readAll() {
        Throwable failure = null;
        try {
            RowResult<T> r;
            while (!closing && (r = reader.read()) != null) {
                queue.put(r);
            }
        } catch (InterruptedException e) {
            return;
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        if (closing) {
            return;   // nobody takes anything more
        }
        try {
            queue.put(new End(failure));
        } catch (InterruptedException e) {
            // nobody takes anything more
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public RowResult<T> read() throws IOException {
        if (ended) {
            return null;
        }
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading ahead", e);
        }
        if (next instanceof End end) {
            ended = true;
            Throwable f = end.failure();
            if (f instanceof IOException io) {
                throw io;
            }
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error err) {
                throw err;
            }
            return null;
        }
        return (RowResult<T>) next;
    }

    @Override
    public String describe() {
        return reader.describe();
    }

    /**
     * Stops reading ahead and closes the file. The thread is not interrupted (an interrupt would close a file
     * channel under it): it sees the flag after the row it is on, and the queue is emptied so that it is not left
     * waiting for room.
     */
    @Override
    public void close() throws IOException {
        closing = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (thread.isAlive() && System.nanoTime() < deadline) {
            queue.clear();
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        queue.clear();
        if (thread.isAlive()) {
            throw new IOException("the read-ahead thread did not stop within a minute");
        }
        reader.close();
    }
}
