package cn.recon.person;

/** Sex as recorded; values 男/女, 1/2, M/F in the extracts. */
public enum Sex {
    MALE, FEMALE;

    /** Parses 男/女, 1/2, M/F (any case, surrounding spaces); null when blank or unknown. */
    public static Sex parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toUpperCase()) {
            case "男", "1", "M", "男性" -> MALE;
            case "女", "2", "F", "女性" -> FEMALE;
            default -> null;
        };
    }

    public String chinese() {
        return this == MALE ? "男" : "女";
    }
}
