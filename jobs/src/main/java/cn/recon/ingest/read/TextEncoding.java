package cn.recon.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a text extract, detected from its first bytes: a byte-order mark decides (UTF-8, UTF-16); without
 * one the text is UTF-8 when its multi-byte sequences are valid UTF-8, else GB18030 (a superset of GBK and GB2312,
 * what Chinese office software writes).
 *
 * @param charset   the encoding
 * @param bomLength bytes of byte-order mark to skip
 * @param strayBytes invalid UTF-8 sequences found in an otherwise UTF-8 head (decoded as U+FFFD)
 */
record TextEncoding(Charset charset, int bomLength, int strayBytes) {

    static final Charset GB18030 = Charset.forName("GB18030");

    String describe() {
        return charset.name() + (bomLength > 0 ? " with BOM" : "")
                + (strayBytes > 0 ? " (" + strayBytes + " invalid byte sequences replaced)" : "");
    }

    /**
     * @param head     the first bytes of the file
     * @param n        how many of them are valid
     * @param complete true when the head is the whole file (a sequence cut at the end is then invalid)
     */
    static TextEncoding detect(byte[] head, int n, boolean complete) {
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, 0);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, 0);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, 0);
        }
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < n) {
            int b = head[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 0) {
                bad++;
                i++;
                continue;
            }
            if (i + len > n) {
                if (complete) {
                    bad++;
                }
                break;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                if ((head[i + k] & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                good++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        if (bad == 0 || good >= 50 * bad) {
            return new TextEncoding(StandardCharsets.UTF_8, 0, bad);
        }
        return new TextEncoding(GB18030, 0, 0);
    }
}
