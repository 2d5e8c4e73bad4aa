package cn.recon.source;

import cn.recon.person.Sex;
import java.time.LocalDate;

/**
 * One row of the 民政 roster of left-behind children and children in difficulty, normalised. {@code categories}
 * holds the canonical category names joined by {@code 、}; vocabulary fields hold canonical values of FORMATS.md.
 */
public record RosterRecord(long fileId, int line, String rosterId, String nameRaw, String name, Sex sex, String idRaw,
        String idNumber, String idProblem, LocalDate birthDate, String ethnicity, Boolean hukouRegistered,
        String township, String village, String areaCode, String categories, String difficultyType,
        String fatherStatus, String motherStatus, String guardianship, String guardianshipAssessment,
        String guardianName, String guardianId, String guardianRelation, String entrustmentAgreement,
        String schooling, String health, String disability, String childDirector, LocalDate lastVisitDate,
        LocalDate registeredDate, String rosterStatus, LocalDate exitDate, String issues) {
}
