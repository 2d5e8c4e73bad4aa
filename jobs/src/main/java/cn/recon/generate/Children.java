package cn.recon.generate;

/**
 * Children as parallel arrays: the undamaged truth about each child and its current state in the three registers.
 * Index i is the stable person (true_child C + i+1 zero-padded). State is advanced quarter by quarter in place.
 */
final class Children {

    static final byte LOCAL = 0;
    static final byte MIGRANT = 1;
    static final byte UNREGISTERED = 2;

    /** 户籍 statuses. */
    static final String[] HUKOU_STATUS = {"正常", "死亡注销", "迁出注销", "出国(境)注销", "其他注销"};
    static final byte NORMAL = 0;
    static final byte DIED = 1;
    static final byte MOVED_OUT = 2;
    static final byte ABROAD = 3;
    static final byte OTHER = 4;

    static final String[] HEALTH = {"健康", "患病", "残疾"};
    static final String[] DISABILITY = {"", "视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"};

    int size;
    final int[] household;
    final String[] name;
    final boolean[] male;
    final int[] birth;
    final long[] id;
    final byte[] kind;
    final int[] hukouSince;
    final byte[] hukouStatus;
    final int[] hukouDate;
    final byte[] health;
    final byte[] disability;
    final boolean[] elsewhere;

    final byte[] sStatus;
    final byte[] sGrade;
    final int[] sSchool;
    final int[] sSchoolBefore;
    final int[] sDate;
    final byte[] sClass;
    final char[] sKind;
    final long[] sBody;
    final byte[] sDup;
    final long[] sDupBody;

    final int[] rSeq;
    final int[] rSeq2;
    final byte[] rCats;
    final int[] rReg;
    final int[] rExit;
    final byte[] rGuard;
    final byte[] rAssess;
    final byte[] rAgree;

    Children(int capacity) {
        household = new int[capacity];
        name = new String[capacity];
        male = new boolean[capacity];
        birth = new int[capacity];
        id = new long[capacity];
        kind = new byte[capacity];
        hukouSince = new int[capacity];
        hukouStatus = new byte[capacity];
        hukouDate = new int[capacity];
        health = new byte[capacity];
        disability = new byte[capacity];
        elsewhere = new boolean[capacity];
        sStatus = new byte[capacity];
        sGrade = new byte[capacity];
        sSchool = new int[capacity];
        sSchoolBefore = new int[capacity];
        sDate = new int[capacity];
        sClass = new byte[capacity];
        sKind = new char[capacity];
        sBody = new long[capacity];
        sDup = new byte[capacity];
        sDupBody = new long[capacity];
        rSeq = new int[capacity];
        rSeq2 = new int[capacity];
        rCats = new byte[capacity];
        rReg = new int[capacity];
        rExit = new int[capacity];
        rGuard = new byte[capacity];
        rAssess = new byte[capacity];
        rAgree = new byte[capacity];
    }

    int add() {
        return size++;
    }

    static String trueId(int i) {
        String s = Integer.toString(i + 1);
        return "C" + "0".repeat(Math.max(0, 7 - s.length())) + s;
    }

    /** Has a local 户籍 record in the extract on this day (registered, whatever its status). */
    boolean hasHukou(int i, int day) {
        return kind[i] == LOCAL && hukouSince[i] <= day;
    }

    /** The 户籍 record is cancelled on or before the day. */
    boolean hukouCancelled(int i, int day) {
        return hasHukou(i, day) && hukouStatus[i] != NORMAL && hukouDate[i] <= day;
    }

    /** Gone from the county (died or moved away) on or before the day. */
    boolean gone(int i, int day) {
        return hukouStatus[i] != NORMAL && hukouDate[i] <= day;
    }

    boolean onRoster(int i, int day) {
        return rSeq[i] != 0 && rReg[i] <= day;
    }

    /** 在册 on the day: registered and not exited. */
    boolean rosterActive(int i, int day) {
        return onRoster(i, day) && (rExit[i] == 0 || rExit[i] > day);
    }
}
