package cn.recon.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Runs work split into fixed chunks on a small pool and returns the chunks' results in chunk order, so that results
 * never depend on thread timing.
 */
final class Parallel implements AutoCloseable {

    interface Chunk<T> {
        T run(int chunk, int from, int to);
    }

    private final ForkJoinPool pool;

    Parallel(int threads) {
        pool = new ForkJoinPool(threads);
    }

    <T> List<T> map(int n, int chunkSize, Chunk<T> body) {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int c = 0, from = 0; from < n; c++, from += chunkSize) {
            int chunk = c, lo = from, hi = (int) Math.min((long) from + chunkSize, n);
            tasks.add(() -> body.run(chunk, lo, hi));
        }
        List<T> out = new ArrayList<>(tasks.size());
        try {
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(result(f));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("matching interrupted", e);
        }
        return out;
    }

    /** The result of finished or running work, its failure thrown as it was thrown (unchecked ones unwrapped). */
    static <T> T result(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A chunk size of at least {@code min} giving about 64 chunks, independent of the number of threads (chunks seed
     * random samples, so their bounds must not depend on the machine).
     */
    static int chunkSize(int n, int min) {
        return Math.max(min, (n + 63) / 64);
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
