package cn.recon.rules;

import cn.recon.person.Quarter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quarter over quarter (DOMAIN.md): a flag is identified by (child, code); against the previous quarter's open flags
 * each current flag is NEW or PERSISTING (keeping its first-seen quarter), and each previous flag not raised again is
 * RESOLVED. Needs child ids that stay stable from one quarter to the next.
 */
public final class FlagComparison {

    private FlagComparison() {
    }

    /**
     * @param previous the previous run's stored flags (its RESOLVED rows are skipped)
     * @param current  this run's flags
     * @param quarter  this run's quarter: the first-seen quarter of NEW flags
     * @return the current flags in their given order, then the RESOLVED ones by child id and code
     */
    public static List<FlagChange> compare(Collection<StoredFlag> previous, Collection<Flag> current,
            Quarter quarter) {
        Map<Key, StoredFlag> open = new HashMap<>(Math.max(16, previous.size() * 4 / 3 + 1));
        for (StoredFlag p : previous) {
            if (p.status() != FlagStatus.RESOLVED) {
                open.putIfAbsent(new Key(p.childId(), p.code()), p);
            }
        }
        List<FlagChange> out = new ArrayList<>(current.size() + 16);
        Set<Key> seen = new HashSet<>(Math.max(16, current.size() * 4 / 3 + 1));
        for (Flag f : current) {
            Key k = new Key(f.childId(), f.code());
            if (!seen.add(k)) {
                throw new IllegalArgumentException("flag " + f.code() + " given twice for child " + f.childId());
            }
            StoredFlag p = open.remove(k);
            out.add(p == null ? new FlagChange(f, FlagStatus.NEW, quarter)
                    : new FlagChange(f, FlagStatus.PERSISTING, p.firstSeen()));
        }
        List<StoredFlag> gone = new ArrayList<>(open.values());
        gone.sort(Comparator.comparing(StoredFlag::childId).thenComparing(StoredFlag::code));
        for (StoredFlag p : gone) {
            out.add(new FlagChange(p.flag(), FlagStatus.RESOLVED, p.firstSeen()));
        }
        return out;
    }

    private record Key(String childId, FlagCode code) {
    }
}
