package cn.recon.report;

import cn.recon.person.IdNumber;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How each recipient sees citizen IDs (and the identifiers that embed one: the 户籍 key and a {@code G} student
 * number): in full, or masked to the first 6 and last 4 characters ({@link IdNumber#mask}).
 *
 * <p>Defaults, following DOMAIN.md "Privacy" and 个人信息保护法 §28 (children's data is sensitive personal
 * information; processing only for a specific purpose and where strictly necessary) and §31 (children under 14):
 * <ul>
 * <li>{@link Recipient#EDUCATION_BUREAU}: full. To return a child to school the bureau must find the student in the
 * 学籍 system, which is keyed by the citizen ID; a masked number would force a second, less controlled request.</li>
 * <li>{@link Recipient#PUBLIC_SECURITY}: full. Settling a 户籍 (落实户籍) means checking any number a source holds
 * against the population register.</li>
 * <li>{@link Recipient#TOWNSHIP_SUPERVISOR}: masked. A home visit is found by name, village and child director; the
 * number adds nothing to the task, and the list is printed and passed around villages.</li>
 * <li>{@link Recipient#DATA_OFFICER}, in the analysis workbook: masked. The workbook is the file that gets
 * forwarded and shown in meetings; the officer's own lookups use the source keys shown next to each row (儿童编号,
 * 全国学籍号 masked likewise, child id) and the full numbers in {@code flags.csv}, the officer's machine file.</li>
 * </ul>
 * The machine-readable CSV outputs ({@code flags.csv}, {@code links.csv}, {@code rejects.csv}) are a contract for
 * the data officer's own programs and always carry full identifiers; this setting does not apply to them.
 */
public final class MaskingSettings {

    /** How a recipient sees a citizen ID. */
    public enum IdDisplay { FULL, MASKED }

    private final Map<Recipient, IdDisplay> display;

    private MaskingSettings(Map<Recipient, IdDisplay> display) {
        this.display = display;
    }

    /** The defaults documented on this class. */
    public static MaskingSettings defaults() {
        Map<Recipient, IdDisplay> m = new EnumMap<>(Recipient.class);
        m.put(Recipient.DATA_OFFICER, IdDisplay.MASKED);
        m.put(Recipient.EDUCATION_BUREAU, IdDisplay.FULL);
        m.put(Recipient.PUBLIC_SECURITY, IdDisplay.FULL);
        m.put(Recipient.TOWNSHIP_SUPERVISOR, IdDisplay.MASKED);
        return new MaskingSettings(m);
    }

    /** A copy with one recipient changed. */
    public MaskingSettings with(Recipient recipient, IdDisplay d) {
        Map<Recipient, IdDisplay> m = new EnumMap<>(display);
        m.put(Objects.requireNonNull(recipient), Objects.requireNonNull(d));
        return new MaskingSettings(m);
    }

    public IdDisplay display(Recipient recipient) {
        return display.get(recipient);
    }

    public boolean masks(Recipient recipient) {
        return display.get(recipient) == IdDisplay.MASKED;
    }

    /**
     * The identifier as {@code recipient} may see it; several identifiers joined by {@code |} are masked one by
     * one. Null stays null.
     */
    public String show(Recipient recipient, String id) {
        if (id == null || id.isEmpty() || !masks(recipient)) {
            return id;
        }
        if (id.indexOf('|') < 0) {
            return IdNumber.mask(id);
        }
        StringBuilder sb = new StringBuilder(id.length());
        int start = 0;
        for (int bar; (bar = id.indexOf('|', start)) >= 0; start = bar + 1) {
            sb.append(IdNumber.mask(id.substring(start, bar))).append('|');
        }
        return sb.append(IdNumber.mask(id.substring(start))).toString();
    }

    @Override
    public String toString() {
        return "MaskingSettings" + display;
    }
}
