package cn.recon.match;

import cn.recon.person.Sex;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Name material for {@link SyntheticPopulation}: Han surnames by frequency, given-name characters, Dai names. */
final class Names {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾"
            + "彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎"
            + "易常武乔贺赖龚文";
    /** Homophone groups (same toneless pinyin); the first group members double as given-name characters. */
    static final String[] HOMOPHONES = {"伟玮炜韦维", "明鸣铭", "华桦骅", "丽莉俐利", "婷亭庭", "杰洁捷", "静靖晶菁",
        "军君钧", "燕艳雁彦", "红宏鸿洪", "文雯闻温", "涛韬滔", "芳方", "勇咏永", "欣馨新昕", "浩皓昊灏", "宇雨语羽禹",
        "涵晗寒含韩", "子紫梓", "轩萱宣暄", "佳家嘉", "怡仪宜依", "晨辰臣", "博波", "思斯丝", "梦孟", "俊骏", "磊垒",
        "鹏朋", "峰锋丰", "玲灵铃", "琳林霖", "瑶遥尧", "翔祥", "凯恺", "睿瑞锐", "天添", "晓筱", "云芸", "成诚城",
        "平萍苹", "罕汉", "香相湘", "应英鹰", "光广", "庄装", "叫教", "坎砍"};
    private static final String GIVEN_EXTRA = "国志建秀兰英敏强立安泽宁乐康健慧妍雅航奕然彤曦诺泓铭沐言若一";
    private static final String DAI = "温罕香叫应坎光庄帕胆腊拉波南喃儿燕丙康旺";
    private static final String GIVEN;
    private static final Map<Character, String> GROUP = new HashMap<>();

    static {
        StringBuilder sb = new StringBuilder(GIVEN_EXTRA);
        for (String g : HOMOPHONES) {
            sb.append(g);
            for (char c : g.toCharArray()) {
                GROUP.put(c, g);
            }
        }
        GIVEN = sb.toString();
    }

    private Names() {
    }

    /** Parents, grandparent and naming style of one family. */
    record Family(boolean dai, char surname, String father, String mother, String grandparent) {

        String childName(SplittableRandom r, Sex sex, String generation, int order) {
            if (dai) {
                char head = sex == Sex.MALE ? '岩' : '玉';
                return String.valueOf(head) + Names.dai(r) + (r.nextDouble() < 0.25 ? String.valueOf(Names.dai(r)) : "");
            }
            if (r.nextDouble() < 0.4) {
                return surname + givenChar(r);
            }
            return surname + (order > 0 && r.nextDouble() < 0.4 ? generation : givenChar(r)) + givenChar(r);
        }

        String guardian(SplittableRandom r, double father, double mother, double blank) {
            double x = r.nextDouble();
            if (x < blank) {
                return null;
            }
            x = r.nextDouble();
            return x < father ? this.father : x < father + mother ? this.mother : grandparent;
        }
    }

    static Family family(SplittableRandom r, boolean dai) {
        if (dai) {
            return new Family(true, '岩', "岩" + dai(r) + dai(r), "玉" + dai(r) + dai(r), "岩" + dai(r));
        }
        char s = surname(r);
        return new Family(false, s, s + givenChar(r) + givenChar(r), surname(r) + givenChar(r) + givenChar(r),
                s + givenChar(r) + givenChar(r));
    }

    static char surname(SplittableRandom r) {
        // Zipf-like: rank k drawn with weight about 1/k
        int k = (int) Math.floor(Math.exp(r.nextDouble() * Math.log(SURNAMES.length() + 1))) - 1;
        return SURNAMES.charAt(Math.min(k, SURNAMES.length() - 1));
    }

    static String givenChar(SplittableRandom r) {
        int k = (int) Math.floor(Math.exp(r.nextDouble() * Math.log(GIVEN.length() + 1))) - 1;
        return String.valueOf(GIVEN.charAt(Math.min(k, GIVEN.length() - 1)));
    }

    private static char dai(SplittableRandom r) {
        int k = (int) Math.floor(Math.exp(r.nextDouble() * Math.log(DAI.length() + 1))) - 1;
        return DAI.charAt(Math.min(k, DAI.length() - 1));
    }

    /** A homophone of c other than c, or 0 when c has none. */
    static char homophone(SplittableRandom r, char c) {
        String g = GROUP.get(c);
        if (g == null) {
            return 0;
        }
        char h;
        do {
            h = g.charAt(r.nextInt(g.length()));
        } while (h == c);
        return h;
    }

    /** A given-name character that is not a homophone of c. */
    static char otherChar(SplittableRandom r, char c) {
        String g = GROUP.getOrDefault(c, String.valueOf(c));
        char h;
        do {
            h = GIVEN.charAt(r.nextInt(GIVEN.length()));
        } while (g.indexOf(h) >= 0 || (GROUP.containsKey(h) && GROUP.get(h).indexOf(c) >= 0));
        return h;
    }
}
