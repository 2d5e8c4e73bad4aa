package cn.recon.rules;

import java.util.Objects;

/**
 * One discrepancy found for one child. A flag is identified by (childId, code).
 *
 * @param detail plain Chinese text for the reports (e.g. the months without a home visit, "2026-07、2026-09"); never
 *               a citizen ID
 * @param agency who must act, in Chinese (from rules.yml; for flags acted on by "the source's agency", the agencies of
 *               the sources concerned, joined by 、)
 */
public record Flag(String childId, FlagCode code, Severity severity, String detail, String agency) {

    public Flag {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
    }
}
