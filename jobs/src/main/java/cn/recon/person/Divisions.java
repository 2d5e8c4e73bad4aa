package cn.recon.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The national administrative division codes (统计用区划代码, NBS 2023) shipped in {@code division/} on the class
 * path: provinces (2 digits), cities (4), counties (6) and townships (9) are loaded on first use; villages (12) are
 * read on demand, one county at a time, so the 620,000 villages are never all in memory.
 */
public final class Divisions {

    /** One division: its code and name. */
    public record Division(String code, String name) {
    }

    private static volatile Map<String, String> names;

    private Divisions() {
    }

    /** Name of a 2-, 4-, 6- or 9-digit code, or null when the code is unknown. */
    public static String name(String code) {
        return code == null ? null : names().get(code);
    }

    /** The townships (9 digits) of a county, in code order. */
    public static List<Division> townshipsOf(String county) {
        List<Division> out = new ArrayList<>();
        names().forEach((code, name) -> {
            if (code.length() == 9 && code.startsWith(county)) {
                out.add(new Division(code, name));
            }
        });
        out.sort((a, b) -> a.code().compareTo(b.code()));
        return out;
    }

    /** The villages (12 digits) of a county, read from the compressed list. */
    public static List<Division> villagesOf(String county) {
        return villagesByCounty(county).getOrDefault(county, List.of());
    }

    /**
     * The villages under a code prefix (a province's 2 digits, a city's 4, a county's 6), by county, in one pass over
     * the compressed list.
     */
    public static Map<String, List<Division>> villagesByCounty(String prefix) {
        Map<String, List<Division>> out = new TreeMap<>();
        try (BufferedReader r = open("villages.csv.gz")) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    String[] f = split(line);
                    out.computeIfAbsent(f[0].substring(0, 6), k -> new ArrayList<>()).add(new Division(f[0], f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, String> names() {
        Map<String, String> n = names;
        if (n == null) {
            synchronized (Divisions.class) {
                if (names == null) {
                    Map<String, String> m = new HashMap<>(64_000);
                    for (String f : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv")) {
                        try (BufferedReader r = open(f)) {
                            String line = r.readLine();
                            while ((line = r.readLine()) != null) {
                                String[] p = split(line);
                                m.put(p[0], p[1]);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    names = m;
                }
                n = names;
            }
        }
        return n;
    }

    private static String[] split(String line) {
        String[] f = line.split(",", 3);
        return new String[] {f[0], f[1].replace("\"", "")};
    }

    private static BufferedReader open(String file) throws IOException {
        InputStream in = Divisions.class.getResourceAsStream("/division/" + file);
        if (in == null) {
            throw new IOException("division reference file missing from the class path: division/" + file);
        }
        if (file.endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
