package cn.recon.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Field problems found on one row, kept on the record (the row itself is never dropped for them). Stored as text:
 * {@code CODE@field: message} entries joined by {@code "; "}, e.g. {@code INVALID_ID@id_number: check character}.
 */
public final class RecordIssues {

    private final List<String> entries = new ArrayList<>(2);

    public RecordIssues add(String code, String field, String message) {
        entries.add(code + "@" + field + (message == null || message.isBlank() ? "" : ": " + message));
        return this;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The stored form, or null when there is nothing to say. */
    public String text() {
        return entries.isEmpty() ? null : String.join("; ", entries);
    }

    /** True when stored issue text holds an entry with this code. */
    public static boolean has(String text, String code) {
        if (text == null) {
            return false;
        }
        for (String e : text.split("; ")) {
            if (e.startsWith(code + "@")) {
                return true;
            }
        }
        return false;
    }
}
