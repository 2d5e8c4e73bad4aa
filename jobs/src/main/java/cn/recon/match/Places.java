package cn.recon.match;

/**
 * Township and village names as clerks write them differ in their suffixes (勐仑镇 / 勐仑, 曼掌村委会 / 曼掌村);
 * matching compares the stem, or for one-character stems the stem with a canonical suffix (壬村委会 / 壬村 → 壬村).
 * Codes are compared separately.
 */
final class Places {

    private static final String[][] TOWNSHIP_SUFFIXES = {{"街道办事处", "街道"}, {"办事处", "街道"}, {"街道", "街道"},
        {"民族乡", "乡镇"}, {"镇", "乡镇"}, {"乡", "乡镇"}};
    private static final String[][] VILLAGE_SUFFIXES = {{"村民委员会", "村"}, {"居民委员会", "社区"},
        {"社区居委会", "社区"}, {"村委会", "村"}, {"居委会", "社区"}, {"社区", "社区"}, {"村", "村"}};

    private Places() {
    }

    static String township(String name) {
        return stem(name, TOWNSHIP_SUFFIXES);
    }

    static String village(String name) {
        return stem(name, VILLAGE_SUFFIXES);
    }

    private static String stem(String name, String[][] suffixes) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        if (s.isEmpty()) {
            return null;
        }
        for (String[] suffix : suffixes) {
            if (s.endsWith(suffix[0]) && s.length() > suffix[0].length()) {
                String stem = s.substring(0, s.length() - suffix[0].length());
                return stem.length() >= 2 ? stem : stem + suffix[1];
            }
        }
        return s;
    }
}
