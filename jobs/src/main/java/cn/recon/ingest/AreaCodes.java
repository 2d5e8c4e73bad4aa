package cn.recon.ingest;

import cn.recon.person.Divisions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Existence checks of division codes against the shipped NBS 2023 reference, with the village codes of each province
 * read once and kept (a province has up to some 50,000): the compressed list holds all 620,000 villages, and reading
 * it once per county cost a province-wide extract of 129 counties half a minute.
 */
final class AreaCodes {

    private static final ConcurrentHashMap<String, Set<String>> VILLAGES = new ConcurrentHashMap<>();

    private AreaCodes() {
    }

    /**
     * True for an existing county (6 digits), township (9) or village (12) code; a 12-digit code padded with zeros
     * (a township or county code written at village length) counts when its prefix exists.
     */
    static boolean exists(String code) {
        return switch (code.length()) {
            case 6, 9 -> Divisions.name(code) != null;
            case 12 -> villagesOf(code.substring(0, 2)).contains(code)
                    || code.endsWith("000") && exists(code.substring(0, 9))
                    || code.endsWith("000000") && exists(code.substring(0, 6));
            default -> false;
        };
    }

    private static Set<String> villagesOf(String province) {
        return VILLAGES.computeIfAbsent(province, p -> {
            Set<String> s = new HashSet<>();
            if (Divisions.name(p) != null) {
                Divisions.villagesByCounty(p).values().forEach(vs -> vs.forEach(v -> s.add(v.code())));
            }
            return s;
        });
    }
}
