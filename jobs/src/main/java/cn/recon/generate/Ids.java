package cn.recon.generate;

import cn.recon.person.IdNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Citizen IDs as 17-digit longs (the check character is computed when written), allocated without collisions: the
 * sequence numbers of each address code and birth date are counted, odd for males and even for females.
 */
final class Ids {

    private static final int FIRST_DAY = Dates.day(1930, 1, 1);
    private static final int DAYS = Dates.day(2045, 1, 1) - FIRST_DAY;

    private final List<String> codes = new ArrayList<>();
    private final List<short[]> counters = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    /** A new ID for a person born on the day, issued under the address code (another one if that day is full). */
    long allocate(String address, int birth, boolean male) {
        int a = indexOf(address);
        int d = birth - FIRST_DAY;
        if (d < 0 || d >= DAYS) {
            throw new IllegalArgumentException("birth date out of range: " + Dates.date(birth));
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            short[] c = counters.get(a);
            int slot = d * 2 + (male ? 0 : 1);
            int used = c[slot];
            int offset = (int) ((Rng.mix(codes.get(a).hashCode() * 31L + d) & 0x3FFF) % 50) * 2;
            int seq = offset + 2 * used + (male ? 1 : 2);
            if (seq <= 999) {
                c[slot]++;
                return Long.parseLong(codes.get(a)) * 100_000_000_000L + Dates.ymd(birth) * 1000L + seq;
            }
            a = indexOf(bump(codes.get(a)));
        }
        throw new IllegalStateException("no free citizen ID sequence left for " + Dates.date(birth));
    }

    private static String bump(String code) {
        return Integer.toString(Integer.parseInt(code) + 1);
    }

    private int indexOf(String code) {
        Integer i = index.get(code);
        if (i == null) {
            codes.add(code);
            counters.add(new short[DAYS * 2]);
            i = codes.size() - 1;
            index.put(code, i);
        }
        return i;
    }

    /** The 18-character number. */
    static String text(long id17) {
        String s = Long.toString(id17);
        StringBuilder sb = new StringBuilder(18);
        for (int i = s.length(); i < 17; i++) {
            sb.append('0');
        }
        sb.append(s);
        return sb.append(IdNumber.checkCharacter(sb)).toString();
    }

    /** The old 15-digit form (address, yyMMdd, sequence) of a number. */
    static String fifteen(long id17) {
        String s = text(id17);
        return s.substring(0, 6) + s.substring(8, 17);
    }

    static int ymdOf(long id17) {
        return (int) ((id17 / 1000) % 100_000_000L);
    }
}
