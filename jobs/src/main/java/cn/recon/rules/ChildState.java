package cn.recon.rules;

import cn.recon.person.Sex;
import java.time.LocalDate;

/**
 * What the reports show of one child in one quarter and count it by: the best name, ID and place across its
 * records, its keys in each source (several joined by {@code |}), and the rule facts (key child, age, visits).
 */
public record ChildState(String quarter, String childId, String name, Sex sex, LocalDate birthDate, String idNumber,
        String township, String village, String rosterKey, String schoolKey, String hukouKey, boolean inHukou,
        boolean inSchool, boolean inRoster, boolean activeInRoster, boolean keyChild, Integer age, int visitRequired,
        int visitDone, String guardianName, String lastSchool, String schoolStatus, String childDirector) {
}
