package cn.recon.generate;

import java.util.SplittableRandom;

/** Typing errors in an 18-character citizen ID. Each leaves the check character failing. */
final class IdDamage {

    private IdDamage() {
    }

    /** One of the first 17 digits replaced by another digit. */
    static String changeDigit(String id, SplittableRandom r) {
        char[] cs = id.toCharArray();
        int pos = r.nextInt(17);
        char old = cs[pos];
        char c;
        do {
            c = (char) ('0' + r.nextInt(10));
        } while (c == old);
        cs[pos] = c;
        return new String(cs);
    }

    /** Two neighbouring, different digits among the first 17 swapped (unchanged in the rare all-equal case). */
    static String swapDigits(String id, SplittableRandom r) {
        char[] cs = id.toCharArray();
        int start = r.nextInt(16);
        for (int k = 0; k < 16; k++) {
            int pos = (start + k) % 16;
            if (cs[pos] != cs[pos + 1]) {
                char t = cs[pos];
                cs[pos] = cs[pos + 1];
                cs[pos + 1] = t;
                return new String(cs);
            }
        }
        return id;
    }

    /** The check character replaced by another one. */
    static String wrongCheck(String id, SplittableRandom r) {
        String all = "0123456789X";
        char old = id.charAt(17);
        char c;
        do {
            c = all.charAt(r.nextInt(all.length()));
        } while (c == old);
        return id.substring(0, 17) + c;
    }

    static String fullWidth(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') {
                cs[i] = (char) (c + 0xFEE0);
            }
        }
        return new String(cs);
    }
}
