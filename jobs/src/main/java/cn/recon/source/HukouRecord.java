package cn.recon.source;

import cn.recon.person.Sex;
import java.time.LocalDate;

/**
 * One row of the 户籍 extract, normalised. {@code idNumber} is the normalised number (18 characters when it could be
 * made so), {@code idProblem} the {@link cn.recon.person.IdNumber.Problem} name or null; {@code issues} lists the
 * field problems found on the row ({@link RecordIssues} format). Vocabulary fields hold the canonical values of
 * FORMATS.md (e.g. status 正常, 死亡注销).
 */
public record HukouRecord(long fileId, int line, String idRaw, String idNumber, String idProblem, String nameRaw,
        String name, Sex sex, LocalDate birthDate, String ethnicity, String householdNo, String relationToHead,
        String address, String township, String village, String areaCode, String status, LocalDate statusDate,
        String fatherName, String fatherId, String motherName, String motherId, String issues) {
}
