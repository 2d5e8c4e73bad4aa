package cn.recon.source;

import java.time.LocalDate;

/** One row of the 走访记录 visit log, normalised. The link fields (rosterId, idNumber, name+place) may be blank. */
public record VisitRecord(long fileId, int line, String rosterId, String idRaw, String idNumber, String idProblem,
        String nameRaw, String name, String township, String village, LocalDate visitDate, String visitType,
        String visitor, String visitorRole, String findings, String action, String issues) {
}
