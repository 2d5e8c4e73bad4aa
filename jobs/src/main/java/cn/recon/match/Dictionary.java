package cn.recon.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strings to dense int ids (first seen, first numbered). Not thread-safe. */
final class Dictionary {

    private final Map<String, Integer> ids;
    private final List<String> values;

    Dictionary(int expected) {
        ids = new HashMap<>(Math.max(16, expected * 4 / 3));
        values = new ArrayList<>(expected);
    }

    /** The id of {@code s}, or -1 for null. */
    int id(String s) {
        if (s == null) {
            return -1;
        }
        Integer id = ids.get(s);
        if (id == null) {
            id = values.size();
            ids.put(s, id);
            values.add(s);
        }
        return id;
    }

    String value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }
}
