package cn.recon.generate;

import cn.recon.person.Divisions;
import java.util.ArrayList;
import java.util.List;

/**
 * The schools of the county: one central primary school and one middle school per township, a village primary school
 * in every third village; and a few schools of a neighbouring county for children schooled elsewhere.
 */
final class Schools {

    record School(String code, String name, String areaCode, int township, boolean primary, boolean digitGrades,
            boolean elsewhere) {
    }

    private final List<School> list = new ArrayList<>();
    private final int[] centralOf;
    private final int[] middleOf;
    private final int[] villageSchool;
    final int[] elsewherePrimary = new int[2];
    final int[] elsewhereMiddle = new int[2];

    Schools(County c) {
        int nt = c.townships();
        centralOf = new int[nt];
        middleOf = new int[nt];
        villageSchool = new int[c.villages()];
        for (int t = 0; t < nt; t++) {
            centralOf[t] = add(c, c.name + c.tName[t] + "中心小学", c.tCode[t], t, true);
            middleOf[t] = add(c, c.name + County.shortTownship(c.tName[t]) + "中学", c.tCode[t], t, false);
        }
        int k = 0;
        for (int v = 0; v < c.villages(); v++) {
            int t = c.vTownship[v];
            String vs = County.shortVillage(c.vName[v]);
            if (t >= 0 && !c.vName[v].contains("社区") && k++ % 3 == 0) {
                villageSchool[v] = add(c, c.name + c.tName[t] + vs + "小学", c.tCode[t], t, true);
            } else {
                villageSchool[v] = t >= 0 ? centralOf[t] : centralOf[0];
            }
        }
        String other = Divisions.name(c.elsewhereCode);
        String on = other == null ? c.elsewhereCode : other;
        for (int i = 0; i < 2; i++) {
            String ordinal = i == 0 ? "第一" : "第二";
            elsewherePrimary[i] = addElsewhere(c, on + ordinal + "小学", true);
            elsewhereMiddle[i] = addElsewhere(c, on + ordinal + "中学", false);
        }
    }

    private int add(County c, String name, String area, int township, boolean primary) {
        int idx = list.size();
        String code = "2" + c.code.substring(0, 2) + c.code.substring(2, 6) + pad3(idx + 1);
        list.add(new School(code, name, idx % 10 == 7 ? c.code : area, township, primary, idx % 10 == 7, false));
        return idx;
    }

    private int addElsewhere(County c, String name, boolean primary) {
        int idx = list.size();
        String code = "2" + c.elsewhereCode.substring(0, 2) + c.elsewhereCode.substring(2, 6) + pad3(900 + idx % 90);
        list.add(new School(code, name, c.elsewhereCode, -1, primary, false, true));
        return idx;
    }

    School get(int i) {
        return list.get(i);
    }

    int size() {
        return list.size();
    }

    int primaryOf(int village) {
        return villageSchool[village];
    }

    int middleOf(int township) {
        return middleOf[township];
    }

    int centralOf(int township) {
        return centralOf[township];
    }

    private static String pad3(int v) {
        String s = Integer.toString(v % 1000);
        return "0".repeat(3 - s.length()) + s;
    }
}
