package cn.recon.source;

import cn.recon.person.Sex;
import java.time.LocalDate;

/**
 * One row of the 学籍 extract, normalised. {@code studentNumber} is the normalised 全国学籍号 (the record key),
 * {@code studentKind} its first letter G, J or L (null when unrecognisable). {@code idNumber} is the citizen ID the
 * record carries: the 身份证件号 column when present, else the body of a G number; never the body of a J/L number.
 */
public record SchoolRecord(long fileId, int line, String studentNumber, String studentKind, String idRaw,
        String idNumber, String idProblem, String nameRaw, String name, Sex sex, LocalDate birthDate, String idType,
        String ethnicity, String schoolCode, String schoolName, String schoolAreaCode, String grade, String className,
        String status, LocalDate statusDate, String hukouArea, String guardianName, Boolean leftBehind,
        String issues) {
}
