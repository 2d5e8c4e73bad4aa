package cn.recon.generate;

import java.util.SplittableRandom;

/**
 * Plausible names: Han names (surname + one or two characters, the characters mostly ones with common homophones),
 * Dai names (岩 for boys, 玉 for girls, plus one or two syllables from a small, skewed set, so 岩温 and 玉罕 repeat
 * dozens of times in a township) and Uyghur-style names joined by the middle dot U+00B7.
 */
final class Names {

    static final char DOT = '\u00B7';

    private static final String[] SURNAMES = {"李", "杨", "张", "王", "刘", "陈", "赵", "罗", "周", "黄", "段", "马",
        "何", "字", "普", "刀", "施", "朱", "吴", "孙", "胡", "郭", "高", "林", "徐", "鲁", "杜", "董", "苏", "叶",
        "龙", "邓", "许", "韩", "冯", "谢", "郑", "白", "余", "唐"};
    private static final double[] SURNAME_W = Rng.zipf(SURNAMES.length, 0.9);

    static final String MALE = "伟强磊军洋勇杰涛明超刚浩宇轩子梓俊博文睿晨辰鹏飞鑫然泽一航豪峰林华";
    static final String FEMALE = "芳娜敏静丽艳娟秀霞平婷雪红琳玲欣怡雨萱诗佳嘉涵思梦晴悦妍可心彤瑶凤";
    static final String DAI_MALE = "温罕坎光叫保腊章扁胆恩糯依三伦香应";
    static final String DAI_FEMALE = "罕香应坎叫南拉丙燕儿囡庄温胆依";
    private static final double[] DAI_MALE_W = Rng.zipf(DAI_MALE.length(), 1.1);
    private static final double[] DAI_FEMALE_W = Rng.zipf(DAI_FEMALE.length(), 1.1);
    private static final String[] UYGHUR_MALE = {"买买提", "艾力", "阿不都", "艾克拜尔", "努尔", "吐尔逊", "亚森"};
    private static final String[] UYGHUR_FEMALE = {"阿依古丽", "热依拉", "迪丽努尔", "古丽米热", "帕丽达", "阿依努尔"};

    private Names() {
    }

    static String surname(SplittableRandom r) {
        return SURNAMES[Rng.pick(r, SURNAME_W)];
    }

    /** A Han given name of one or two characters. */
    static String given(SplittableRandom r, boolean male, double twoCharShare) {
        String set = male ? MALE : FEMALE;
        char a = set.charAt(r.nextInt(set.length()));
        if (r.nextDouble() >= twoCharShare) {
            return String.valueOf(a);
        }
        char b;
        do {
            b = set.charAt(r.nextInt(set.length()));
        } while (b == a);
        return new String(new char[] {a, b});
    }

    /** A sibling's given name that shares the first character (generation name) with the other when it can. */
    static String siblingGiven(SplittableRandom r, String sibling, boolean male) {
        if (sibling.length() == 2) {
            String set = male ? MALE : FEMALE;
            char b;
            do {
                b = set.charAt(r.nextInt(set.length()));
            } while (b == sibling.charAt(0) || b == sibling.charAt(1));
            return new String(new char[] {sibling.charAt(0), b});
        }
        return given(r, male, 0.7);
    }

    /** A Dai name: 岩/玉 plus one (65%) or two syllables. */
    static String dai(SplittableRandom r, boolean male) {
        String set = male ? DAI_MALE : DAI_FEMALE;
        double[] w = male ? DAI_MALE_W : DAI_FEMALE_W;
        StringBuilder sb = new StringBuilder(3).append(male ? '岩' : '玉');
        int a = Rng.pick(r, w);
        sb.append(set.charAt(a));
        if (r.nextDouble() < 0.35) {
            int b;
            do {
                b = Rng.pick(r, w);
            } while (b == a);
            sb.append(set.charAt(b));
        }
        return sb.toString();
    }

    /** A Uyghur-style given name (the part before the dot). */
    static String uyghurGiven(SplittableRandom r, boolean male) {
        String[] set = male ? UYGHUR_MALE : UYGHUR_FEMALE;
        return set[r.nextInt(set.length)];
    }

    /** Given name · father's given name. */
    static String dotted(String given, String fatherGiven) {
        return given + DOT + fatherGiven;
    }

    /** The given part of a dotted name (before the dot). */
    static String dottedGiven(String full) {
        int i = full.indexOf(DOT);
        return i < 0 ? full : full.substring(0, i);
    }

    /** An adult of a household style: Dai, dotted or Han with the surname given. */
    static String adult(SplittableRandom r, boolean male, int style, String surname) {
        return switch (style) {
            case Households.STYLE_DAI -> dai(r, male);
            case Households.STYLE_DOT -> dotted(uyghurGiven(r, male), uyghurGiven(r, true));
            default -> surname + given(r, male, 0.5);
        };
    }
}
