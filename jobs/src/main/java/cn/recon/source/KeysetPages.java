package cn.recon.source;

import java.util.List;

/**
 * Keyset paging over a query ordered by a key that several rows may share (a child id): each page is a short query
 * of its own ({@code key > last ORDER BY key LIMIT n}), so no cursor stays open for a whole step, and a page that
 * comes back full is cut back to its last complete key, whose rest the next page brings. (H2's lazy query execution
 * would stream one long query instead, but a long lazy read while other connections write can fail with "Chunk …
 * not found", H2 issue #4142.)
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /**
     * How many rows of a page to keep: all of a short page (the last one); of a full page, all but the rows of its
     * last key.
     *
     * @param keys the page's keys, in order
     */
    public static int complete(List<String> keys, int pageSize) {
        int n = keys.size();
        if (n < pageSize) {
            return n;
        }
        String cut = keys.get(n - 1);
        while (n > 0 && keys.get(n - 1).equals(cut)) {
            n--;
        }
        if (n == 0) {
            throw new IllegalStateException("more than " + pageSize + " rows share the key " + cut);
        }
        return n;
    }
}
