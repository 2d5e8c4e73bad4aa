package cn.recon.generate;

/**
 * Households as parallel arrays (compact enough for a million children): place, name style, parents and a
 * grandparent (the usual entrusted guardian), the parents' situations that decide the roster categories.
 */
final class Households {

    static final int STYLE_HAN = 0;
    static final int STYLE_DAI = 1;
    static final int STYLE_DOT = 2;

    /** Parent situations, the roster's 父亲状况/母亲状况 vocabulary. */
    static final String[] PARENT = {"在家", "外出务工", "死亡", "重病", "重残", "服刑", "失联"};
    static final byte HOME = 0;
    static final byte AWAY = 1;
    static final byte DEAD = 2;
    static final byte ILL = 3;
    static final byte DISABLED = 4;
    static final byte PRISON = 5;
    static final byte MISSING = 6;

    static final String[] GRAND_RELATION = {"祖父母", "外祖父母", "其他亲属"};

    int size;
    final int[] village;
    final byte[] style;
    final boolean[] migrant;
    final byte[] ethnic;
    final String[] surname;
    final String[] father;
    final String[] mother;
    final String[] grand;
    final long[] fatherId;
    final long[] motherId;
    final long[] grandId;
    final byte[] grandRelation;
    final byte[] fatherStatus;
    final byte[] motherStatus;
    final boolean[] poor;
    final byte[] group;
    final short[] houseNo;
    final boolean[] grandHead;
    final boolean[] adultRow;
    final int[] origin;

    Households(int capacity) {
        village = new int[capacity];
        style = new byte[capacity];
        migrant = new boolean[capacity];
        ethnic = new byte[capacity];
        surname = new String[capacity];
        father = new String[capacity];
        mother = new String[capacity];
        grand = new String[capacity];
        fatherId = new long[capacity];
        motherId = new long[capacity];
        grandId = new long[capacity];
        grandRelation = new byte[capacity];
        fatherStatus = new byte[capacity];
        motherStatus = new byte[capacity];
        poor = new boolean[capacity];
        group = new byte[capacity];
        houseNo = new short[capacity];
        grandHead = new boolean[capacity];
        adultRow = new boolean[capacity];
        origin = new int[capacity];
    }

    int add() {
        return size++;
    }

    static boolean away(byte s) {
        return s == AWAY;
    }

    static boolean incapable(byte s) {
        return s == ILL || s == DISABLED;
    }

    static boolean absentForGood(byte s) {
        return s == DEAD || s == MISSING || s == PRISON;
    }

    /** The 户号: nine digits. */
    static String householdNo(int h) {
        return Integer.toString(100_000_000 + h);
    }
}
