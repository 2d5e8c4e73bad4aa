package cn.recon.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The visit log of a roster child in a quarter, computed (not stored) from the seed: a home visit (入户走访) in most
 * months it was on the roster, some missing (more in some villages, and a few neglected children), plus phone,
 * video and school contacts. A visit is packed in a long: day, type, visitor role, finding, action.
 */
final class Visits {

    static final String[] TYPE = {"入户走访", "电话联系", "视频联系", "学校走访"};
    static final int HOME_VISIT = 0;
    static final String[] ROLE = {"儿童主任", "儿童督导员", "社会工作者", "志愿者"};
    static final String[] FINDING = {"无", "未发现问题", "学习成绩下降", "监护人年老体弱,需持续关注", "家庭经济困难",
        "儿童情绪低落", "1.房屋漏雨\n2.已联系村委会维修"};
    private static final double[] FINDING_W = {0.5, 0.75, 0.83, 0.89, 0.94, 0.99, 1.0};
    static final String[] ACTION = {"无", "已记录", "已联系学校", "已报告乡镇儿童督导员", "已协调村委会"};
    private static final long[] NONE = new long[0];

    private Visits() {
    }

    static long[] of(World w, int i, Period p) {
        Children c = w.ch;
        if (c.rSeq[i] == 0) {
            return NONE;
        }
        int start = Math.max(c.rReg[i], p.first());
        int end = Math.min(c.rExit[i] == 0 ? p.ref() : c.rExit[i], p.ref());
        if (start > end) {
            return NONE;
        }
        SplittableRandom r = Rng.of(w.seed, Rng.VISITS, i, p.index());
        boolean neglected = Rng.of(w.seed, Rng.VISITS, i, -1).nextDouble() < 0.02;
        double miss = neglected ? 0.7 : w.county.vMiss[w.village(i)];
        boolean school = Schooling.attending(c.sStatus[i]);
        long[] out = new long[12];
        int n = 0;
        for (int m = 0; m < 3; m++) {
            int ms = Math.max(start, p.monthStart()[m]);
            int me = Math.min(end, p.monthEnd()[m]);
            if (ms > me) {
                continue;
            }
            if (r.nextDouble() >= miss) {
                out[n++] = pack(Rng.between(r, ms, me), HOME_VISIT, role(r), r);
            }
            if (r.nextDouble() < 0.25) {
                out[n++] = pack(Rng.between(r, ms, me), 1, 0, r);
            }
            if (r.nextDouble() < 0.04) {
                out[n++] = pack(Rng.between(r, ms, me), 2, 0, r);
            }
            if (school && r.nextDouble() < 0.04) {
                out[n++] = pack(Rng.between(r, ms, me), 3, role(r), r);
            }
        }
        long[] v = Arrays.copyOf(out, n);
        Arrays.sort(v);
        return v;
    }

    /** Month index (0..2) of the quarter in which a visit falls. */
    static int month(long v, Period p) {
        int d = day(v);
        return d <= p.monthEnd()[0] ? 0 : d <= p.monthEnd()[1] ? 1 : 2;
    }

    /** Whether the child had a home visit in each of the three months. */
    static boolean[] homeVisitMonths(long[] visits, Period p) {
        boolean[] seen = new boolean[3];
        for (long v : visits) {
            if (type(v) == HOME_VISIT) {
                seen[month(v, p)] = true;
            }
        }
        return seen;
    }

    /** 最近走访日期: the last home visit up to the quarter's reference date (0: none known). */
    static int lastHomeVisit(World w, int i, Period[] periods, int k) {
        Children c = w.ch;
        for (int q = k; q >= 0; q--) {
            long[] vs = of(w, i, periods[q]);
            for (int j = vs.length - 1; j >= 0; j--) {
                if (type(vs[j]) == HOME_VISIT) {
                    return day(vs[j]);
                }
            }
        }
        Period first = periods[0];
        if (c.rSeq[i] == 0 || c.rReg[i] >= first.first()) {
            return 0;
        }
        SplittableRandom r = Rng.of(w.seed, Rng.VISITS, i, -2);
        if (r.nextDouble() >= 0.9) {
            return 0;
        }
        int last = c.rExit[i] != 0 && c.rExit[i] < first.first() ? c.rExit[i] : first.first() - 1;
        return Math.max(c.rReg[i], last - r.nextInt(75));
    }

    private static int role(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.9 ? 0 : u < 0.97 ? 1 : u < 0.99 ? 2 : 3;
    }

    private static long pack(int day, int type, int role, SplittableRandom r) {
        int finding = Rng.pick(r, FINDING_W);
        int action = finding <= 1 ? r.nextInt(2) : 1 + r.nextInt(ACTION.length - 1);
        return ((long) day << 20) | ((long) type << 16) | ((long) role << 12) | ((long) finding << 8) | (action << 4);
    }

    static int day(long v) {
        return (int) (v >> 20);
    }

    static int type(long v) {
        return (int) (v >> 16) & 0xF;
    }

    static int role(long v) {
        return (int) (v >> 12) & 0xF;
    }

    static int finding(long v) {
        return (int) (v >> 8) & 0xF;
    }

    static int action(long v) {
        return (int) (v >> 4) & 0xF;
    }
}
