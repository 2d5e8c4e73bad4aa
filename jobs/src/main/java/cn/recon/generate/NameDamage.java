package cn.recon.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** The ways clerks miswrite a name: homophones, traditional characters, stray spaces, look-alike dots. */
final class NameDamage {

    /** Groups of characters with the same toneless pinyin, covering every character {@link Names} uses. */
    static final String[] HOMOPHONES = {"伟玮炜", "强蔷", "磊蕾", "军君", "洋阳", "勇永", "杰洁", "涛韬", "明铭", "超潮",
        "刚钢", "浩昊豪", "宇雨语", "轩萱宣", "子梓紫", "俊骏", "博波", "文雯", "睿瑞", "晨辰宸", "鹏朋", "飞菲",
        "鑫欣馨新心", "然冉", "泽则", "一依伊", "航杭", "峰锋凤", "林琳霖", "华桦", "芳方", "娜纳", "敏闵", "静婧晶",
        "丽莉", "艳燕彦妍", "娟鹃", "秀琇", "霞侠", "平萍", "婷亭", "雪学", "红宏虹", "玲铃灵", "怡宜仪", "诗师",
        "佳嘉家", "涵晗寒", "思丝", "梦孟", "晴清", "悦月", "可珂", "彤桐", "瑶遥", "温文", "罕汉", "坎侃", "光广",
        "叫教", "保宝", "腊拉", "章张", "扁边", "胆丹", "恩蒽", "糯诺", "三叁", "伦论", "香湘", "应英", "南楠囡",
        "丙炳", "儿而", "庄壮"};

    /** Simplified → traditional for the characters used that have a traditional form. */
    static final String TRADITIONAL = "张張伟偉刘劉陈陳杨楊赵趙黄黃吴吳孙孫罗羅郑鄭谢謝韩韓冯馮邓鄧许許叶葉龙龍"
            + "丽麗军軍艳艷杰傑涛濤刚剛轩軒诗詩华華红紅凤鳳静靜强強伦倫温溫应應庄莊腊臘胆膽儿兒马馬鹏鵬飞飛泽澤梦夢瑶瑤"
            + "苏蘇钢鋼铭銘韬韜纳納闵閔鹃鵑侠俠学學铃鈴灵靈骏駿蔷薔阳陽宝寶广廣汉漢论論边邊壮壯诺諾买買热熱尔爾"
            + "丝絲语語晓曉";
    static final char[] DOTS = {'\u2022', '\u30FB', '\uFF0E', '.', '\u2027'};

    private static final Map<Character, String> HOMO = new HashMap<>();
    private static final Map<Character, Character> TRAD = new HashMap<>();

    static {
        for (String g : HOMOPHONES) {
            for (int i = 0; i < g.length(); i++) {
                HOMO.put(g.charAt(i), g.substring(0, i) + g.substring(i + 1));
            }
        }
        for (int i = 0; i + 1 < TRADITIONAL.length(); i += 2) {
            TRAD.put(TRADITIONAL.charAt(i), TRADITIONAL.charAt(i + 1));
        }
    }

    private NameDamage() {
    }

    /** One character after the first (surname or 岩/玉) replaced by a homophone; unchanged when none has one. */
    static String homophone(String name, SplittableRandom r) {
        if (name.indexOf(Names.DOT) >= 0 || name.length() < 2) {
            return name;
        }
        int start = 1 + r.nextInt(name.length() - 1);
        for (int k = 0; k < name.length() - 1; k++) {
            int pos = 1 + (start - 1 + k) % (name.length() - 1);
            String alt = HOMO.get(name.charAt(pos));
            if (alt != null && !alt.isEmpty()) {
                char[] cs = name.toCharArray();
                cs[pos] = alt.charAt(r.nextInt(alt.length()));
                return new String(cs);
            }
        }
        return name;
    }

    static String traditional(String name) {
        char[] cs = name.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            Character t = TRAD.get(cs[i]);
            if (t != null) {
                cs[i] = t;
            }
        }
        return new String(cs);
    }

    /** A space after the first character, an ideographic space, or a trailing space. */
    static String space(String name, SplittableRandom r) {
        int k = r.nextInt(3);
        int dot = name.indexOf(Names.DOT);
        if (k == 0 && name.length() >= 2) {
            return name.charAt(0) + " " + name.substring(1);
        }
        if (k == 1 && name.length() >= 2) {
            int pos = dot > 0 ? dot : 1;
            return name.substring(0, pos) + "\u3000" + name.substring(pos);
        }
        return name + " ";
    }

    static String dot(String name, SplittableRandom r) {
        return name.replace(Names.DOT, DOTS[r.nextInt(DOTS.length)]);
    }
}
