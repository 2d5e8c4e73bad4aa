package cn.recon.rules;

import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import cn.recon.source.VisitRecord;
import java.util.List;
import java.util.Objects;

/** All source records that matching resolved to one child. Null lists are taken as empty. */
public record ChildRecords(String childId, List<HukouRecord> hukou, List<SchoolRecord> school,
        List<RosterRecord> roster, List<VisitRecord> visits) {

    public ChildRecords {
        Objects.requireNonNull(childId, "childId");
        hukou = hukou == null ? List.of() : hukou;
        school = school == null ? List.of() : school;
        roster = roster == null ? List.of() : roster;
        visits = visits == null ? List.of() : visits;
    }
}
