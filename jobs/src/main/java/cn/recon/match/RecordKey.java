package cn.recon.match;

import cn.recon.source.Source;
import java.util.Objects;

/**
 * Identifies one source record across runs: its source and its key in that source (户籍: the normalised 公民身份号码,
 * 学籍: the 全国学籍号, roster: the 儿童编号). Written {@code source:key}, e.g. {@code roster:R123}.
 */
public record RecordKey(Source source, String key) implements Comparable<RecordKey> {

    public RecordKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
    }

    /** Parses {@code source:key} as written by {@link #toString()}. */
    public static RecordKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("record key '" + text + "' is not of the form source:key");
        }
        return new RecordKey(Source.of(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public int compareTo(RecordKey o) {
        int c = source.compareTo(o.source);
        return c != 0 ? c : key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return source.key() + ":" + key;
    }
}
