package cn.recon.generate;

import cn.recon.person.Divisions;
import cn.recon.person.Divisions.Division;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The county's geography for generation: its real townships and villages (from {@link Divisions}), the schools made
 * for them, the child director of each village, the townships where Dai names dominate, and the other counties that
 * migrant children and schooling elsewhere refer to.
 */
final class County {

    static final String[] ETHNIC = {"汉族", "傣族", "哈尼族", "拉祜族", "布朗族", "彝族", "瑶族", "壮族", "回族",
        "维吾尔族", "苗族"};
    static final int HAN = 0;
    static final int DAI = 1;
    static final int UYGHUR = 9;

    final String code;
    final String name;
    final String province;
    final String city;
    final String[] tCode;
    final String[] tName;
    final double[] tDai;
    final int[] tMinority;
    final String[] tSupervisor;
    final int[] tMiddle;
    final String[] vCode;
    final String[] vName;
    final int[] vTownship;
    final String[] vDirector;
    final double[] vMiss;
    final int[] vPrimary;
    final Schools schools;
    final String[] nearby;
    final String[] origins;
    final String elsewhereCode;

    County(String countyCode, long seed) {
        this(countyCode, seed, countyCode == null ? List.of() : Divisions.villagesOf(countyCode));
    }

    /** With the county's villages already read (a province reads all its villages at once). */
    County(String countyCode, long seed, List<Division> villages) {
        String n = Divisions.name(countyCode);
        if (countyCode == null || countyCode.length() != 6 || n == null) {
            throw new IllegalArgumentException("unknown county code: " + countyCode);
        }
        code = countyCode;
        name = n;
        province = nameOr(code.substring(0, 2), "");
        city = nameOr(code.substring(0, 4), "");
        List<Division> towns = new ArrayList<>();
        for (Division t : Divisions.townshipsOf(code)) {
            if (villages.stream().anyMatch(v -> v.code().startsWith(t.code()))) {
                towns.add(t);
            }
        }
        if (towns.isEmpty()) {
            throw new IllegalArgumentException("county " + code + " has no villages in the division reference data");
        }
        int nt = towns.size();
        tCode = new String[nt];
        tName = new String[nt];
        tDai = new double[nt];
        tMinority = new int[nt];
        tSupervisor = new String[nt];
        tMiddle = new int[nt];
        SplittableRandom r = Rng.of(seed, Rng.COUNTY, 0, 0);
        boolean daiRegion = code.startsWith("5328") || code.startsWith("5331");
        for (int t = 0; t < nt; t++) {
            tCode[t] = towns.get(t).code();
            tName[t] = towns.get(t).name();
            boolean daiTown = tName[t].startsWith("勐") || tName[t].contains("傣") || tName[t].startsWith("打洛");
            tDai[t] = daiRegion ? (daiTown ? 0.75 : 0.12) : code.startsWith("53") ? 0.02 : 0.0;
            tMinority[t] = minorityOf(tName[t]);
            tSupervisor[t] = Names.adult(r, r.nextBoolean(), Households.STYLE_HAN, Names.surname(r));
        }
        int nv = villages.size();
        vCode = new String[nv];
        vName = new String[nv];
        vTownship = new int[nv];
        vDirector = new String[nv];
        vMiss = new double[nv];
        vPrimary = new int[nv];
        for (int v = 0; v < nv; v++) {
            vCode[v] = villages.get(v).code();
            vName[v] = villages.get(v).name();
            vTownship[v] = -1;
            for (int t = 0; t < nt; t++) {
                if (vCode[v].startsWith(tCode[t])) {
                    vTownship[v] = t;
                }
            }
            boolean dai = vTownship[v] >= 0 && r.nextDouble() < tDai[vTownship[v]];
            vDirector[v] = Names.adult(r, r.nextDouble() < 0.4, dai ? Households.STYLE_DAI : Households.STYLE_HAN,
                    Names.surname(r));
            double u = r.nextDouble();
            vMiss[v] = 0.01 + 0.12 * u * u;
        }
        nearby = countiesWithPrefix(code.substring(0, 4), 20);
        elsewhereCode = nearby.length > 0 ? nearby[0] : countiesWithPrefix(code.substring(0, 2), 1)[0];
        origins = originCounties();
        schools = new Schools(this);
        for (int t = 0; t < nt; t++) {
            tMiddle[t] = schools.middleOf(t);
        }
        for (int v = 0; v < nv; v++) {
            vPrimary[v] = schools.primaryOf(v);
        }
    }

    int townships() {
        return tCode.length;
    }

    int villages() {
        return vCode.length;
    }

    /** Where the county sits: 云南省西双版纳傣族自治州勐海县. */
    String fullName() {
        return province + city + name;
    }

    static String shortTownship(String t) {
        String s = t;
        for (String suffix : new String[] {"街道办事处", "街道", "镇", "乡", "农场", "林业局", "林业场"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        boolean again = true;
        while (again) {
            again = false;
            for (String e : ETHNIC) {
                if (s.endsWith(e) && s.length() > e.length() + 1) {
                    s = s.substring(0, s.length() - e.length());
                    again = true;
                }
            }
        }
        return s;
    }

    static String shortVillage(String v) {
        for (String suffix : new String[] {"社区居民委员会", "社区居委会", "居民委员会", "村民委员会", "居委会", "村委会",
            "生活区", "社区"}) {
            if (v.endsWith(suffix) && v.length() > suffix.length() + 1) {
                return v.substring(0, v.length() - suffix.length());
            }
        }
        return v;
    }

    private static int minorityOf(String township) {
        for (int e = 2; e < ETHNIC.length; e++) {
            if (township.contains(ETHNIC[e])) {
                return e;
            }
        }
        return -1;
    }

    private static String nameOr(String code, String fallback) {
        String n = Divisions.name(code);
        return n == null ? fallback : n;
    }

    private String[] countiesWithPrefix(String prefix, int max) {
        List<String> out = new ArrayList<>();
        int digits = 6 - prefix.length();
        int limit = digits == 2 ? 100 : 10000;
        for (int i = 1; i < limit && out.size() < max; i++) {
            String c = prefix + pad(i, digits);
            if (!c.equals(code) && !c.endsWith("00") && Divisions.name(c) != null) {
                out.add(c);
            }
        }
        return out.toArray(new String[0]);
    }

    private String[] originCounties() {
        List<String> out = new ArrayList<>();
        for (String p : new String[] {code.substring(0, 2), "51", "52", "45", "43", "65"}) {
            for (String c : countiesWithPrefix(p, 8)) {
                if (!out.contains(c) && !c.startsWith(code.substring(0, 4))) {
                    out.add(c);
                }
            }
        }
        return out.toArray(new String[0]);
    }

    private static String pad(int v, int digits) {
        String s = Integer.toString(v);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }
}
