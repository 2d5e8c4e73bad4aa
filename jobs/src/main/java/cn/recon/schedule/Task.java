package cn.recon.schedule;

/** The work a schedule can start. The key is what {@code config/schedules.yml} names it. */
public enum Task {
    /** Ingest the files dropped into {@code inbox/<source>/}, then move each to done/ or failed/. */
    INBOX_INGEST("inbox-ingest"),
    /** Start the Spring Batch job {@code refreshJob} for the current quarter (match and flag, no reports). */
    STATUS_REFRESH("status-refresh"),
    /** Start the Spring Batch job {@code quarterJob} for the quarter just ended, writing the reports. */
    QUARTERLY_RECONCILIATION("quarterly-reconciliation");

    private final String key;

    Task(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The task of a key, or null when there is none. */
    static Task ofKey(String key) {
        for (Task t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }

    static String keys() {
        StringBuilder b = new StringBuilder();
        for (Task t : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(t.key);
        }
        return b.toString();
    }
}
