package cn.recon.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints samples of wrong links (false merges) and missed links (false splits) of a synthetic run, for tuning. */
final class MatchErrors {

    private final SyntheticPopulation.Population p;
    private final MatchResult result;

    MatchErrors(SyntheticPopulation.Population p, MatchResult result) {
        this.p = p;
        this.result = result;
    }

    void print(int max) {
        List<MatchRecord> records = p.records();
        Map<String, Integer> firstOfChild = new HashMap<>();
        Map<Integer, Integer> firstOfTruth = new HashMap<>();
        int wrong = 0, missed = 0;
        Map<String, Integer> missedByMethod = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            RecordLink link = result.links().get(i);
            Integer f = firstOfChild.putIfAbsent(link.childId(), i);
            if (f != null && p.truth()[f] != p.truth()[i] && wrong++ < max) {
                System.out.println("WRONG LINK (" + link.method().key() + " " + link.score() + ")");
                System.out.println("   " + show(records.get(f)) + "  truth " + p.truth()[f]);
                System.out.println("   " + show(records.get(i)) + "  truth " + p.truth()[i]);
                if (link.linkedTo() >= 0) {
                    System.out.println("   via " + show(records.get(link.linkedTo())) + " " + link.evidence());
                }
            }
            Integer t = firstOfTruth.putIfAbsent(p.truth()[i], i);
            if (t != null && !result.links().get(t).childId().equals(link.childId())) {
                String kind = records.get(t).source().key() + "-" + records.get(i).source().key();
                missedByMethod.merge(kind, 1, Integer::sum);
                if (missed++ < max) {
                    int levels = 0;
                    System.out.println("MISSED LINK " + kind);
                    System.out.println("   " + show(records.get(t)));
                    System.out.println("   " + show(records.get(i)));
                }
            }
        }
        System.out.println("wrong links " + wrong + ", missed " + missed + " " + missedByMethod);
        result.reviewItems().stream().limit(max).forEach(r -> System.out.println("REVIEW " + r.reason() + " "
                + String.format("%.4f", r.probability()) + " same=" + (p.truth()[r.positionA()] == p.truth()[r.positionB()])
                + "\n   " + show(records.get(r.positionA())) + "\n   " + show(records.get(r.positionB()))
                + "\n   " + r.evidence()));
        long reviewTrue = result.reviewItems().stream()
                .filter(r -> p.truth()[r.positionA()] == p.truth()[r.positionB()]).count();
        System.out.println("review items " + result.reviewItems().size() + ", of which same child " + reviewTrue);
    }

    static String show(MatchRecord r) {
        return String.format("%-6s %-20s id=%-19s%s %s %s %s %s/%s/%s fam=%s/%s/%s%s", r.source().key(), r.sourceKey(),
                r.idNumber(), r.idValid() ? "✓" : " ", r.name(), r.sex(), r.birthDate(), r.township(), r.village(),
                r.areaCode(), r.guardianName(), r.fatherName(), r.motherName(), r.noIdEvidence() ? " NOID" : "");
    }
}
