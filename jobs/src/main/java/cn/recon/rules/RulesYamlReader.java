package cn.recon.rules;

import cn.recon.rules.RuleSettings.CompulsoryAge;
import cn.recon.rules.RuleSettings.FlagSpec;
import cn.recon.rules.RuleSettings.HukouSettings;
import cn.recon.rules.RuleSettings.KeyChildSettings;
import cn.recon.rules.RuleSettings.RosterSettings;
import cn.recon.rules.RuleSettings.SchoolSettings;
import cn.recon.rules.RuleSettings.VisitSettings;
import cn.recon.source.Source;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Turns rules.yml into {@link RuleSettings}, checking every key, type and range. */
final class RulesYamlReader {

    private static final int MAX_AGE = 30;
    private static final String ACTS_BY_SOURCE = "source";

    private RulesYamlReader() {
    }

    static RuleSettings read(Reader reader, String file) {
        YamlSection root = YamlSection.root(reader, file);
        RuleSettings s = new RuleSettings(compulsoryAge(root.section("compulsory_age")), hukou(root.section("hukou")),
                school(root.section("school")), roster(root.section("roster")), visits(root.section("visits")),
                keyChildren(root.section("key_children")), agencies(root.section("agencies")),
                flags(root.section("flags")));
        root.finish("compulsory_age, hukou, school, roster, visits, key_children, agencies, flags");
        return s;
    }

    private static CompulsoryAge compulsoryAge(YamlSection y) {
        int min = y.integer("min", 0, MAX_AGE);
        int max = y.integer("max", 0, MAX_AGE);
        if (min > max) {
            throw y.error("max", y.full("min") + " (" + min + ") must not be greater than " + y.full("max") + " ("
                    + max + ")");
        }
        int month = y.integer("cutoff_month", 1, 12);
        int day = y.integer("cutoff_day", 1, 31);
        MonthDay cutoff;
        try {
            cutoff = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw y.error("cutoff_day", y.full("cutoff_day") + " " + day + " does not exist in month " + month);
        }
        y.finish("min, max, cutoff_month, cutoff_day");
        return new CompulsoryAge(min, max, cutoff);
    }

    private static HukouSettings hukou(YamlSection y) {
        HukouSettings h = new HukouSettings(y.texts("cancelled_statuses", false),
                y.texts("duplicate_ignored_statuses", true), y.integer("extract_age_limit", 1, MAX_AGE));
        y.finish("cancelled_statuses, duplicate_ignored_statuses, extract_age_limit");
        return h;
    }

    private static SchoolSettings school(YamlSection y) {
        SchoolSettings s = new SchoolSettings(y.texts("active_statuses", false), y.texts("dropout_statuses", false),
                y.texts("transfer_out_statuses", true), y.texts("enrolled_statuses", false),
                y.texts("closed_statuses", true), y.texts("death_statuses", true),
                y.texts("duplicate_ignored_statuses", true));
        for (String dropout : s.dropoutStatuses()) {
            if (s.activeStatuses().contains(dropout)) {
                throw y.error("dropout_statuses", y.full("dropout_statuses") + " lists '" + dropout
                        + "', which is also in " + y.full("active_statuses"));
            }
        }
        y.finish("active_statuses, dropout_statuses, transfer_out_statuses, enrolled_statuses, closed_statuses, "
                + "death_statuses, duplicate_ignored_statuses");
        return s;
    }

    private static RosterSettings roster(YamlSection y) {
        YamlSection limits = y.section("category_age_limits");
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (String category : limits.keys()) {
            byCategory.put(category, limits.integer(category, 1, MAX_AGE));
        }
        if (byCategory.isEmpty()) {
            throw y.error("category_age_limits", y.full("category_age_limits") + " must list at least one category");
        }
        String leftBehind = y.text("left_behind_category");
        RosterSettings r = new RosterSettings(y.texts("active_statuses", false), leftBehind, byCategory,
                y.integer("other_category_age_limit", 1, MAX_AGE), y.texts("unsupervised", false),
                y.integer("living_alone_age_limit", 1, MAX_AGE), y.texts("entrusted_guardianship", false),
                y.texts("agreement_signed", false), y.texts("duplicate_ignored_statuses", true));
        y.finish("active_statuses, left_behind_category, category_age_limits, other_category_age_limit, "
                + "unsupervised, living_alone_age_limit, entrusted_guardianship, agreement_signed, "
                + "duplicate_ignored_statuses");
        return r;
    }

    private static VisitSettings visits(YamlSection y) {
        VisitSettings v = new VisitSettings(y.texts("home_visit_types", false));
        y.finish("home_visit_types");
        return v;
    }

    private static KeyChildSettings keyChildren(YamlSection y) {
        Set<FlagCode> fromFlags = EnumSet.noneOf(FlagCode.class);
        for (String code : y.texts("from_flags", true)) {
            fromFlags.add(code(y, "from_flags", code));
        }
        if (fromFlags.contains(FlagCode.VISIT_OVERDUE)) {
            throw y.error("from_flags", y.full("from_flags") + " cannot hold VISIT_OVERDUE: its severity depends on "
                    + "whether the child is a key child");
        }
        KeyChildSettings k = new KeyChildSettings(y.texts("guardianship", true),
                y.texts("guardianship_assessments", true), y.texts("schooling", true), y.texts("health", true),
                y.bool("unregistered_on_roster"), fromFlags);
        y.finish("guardianship, guardianship_assessments, schooling, health, unregistered_on_roster, from_flags");
        return k;
    }

    private static Map<Source, String> agencies(YamlSection y) {
        Map<Source, String> out = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            out.put(s, y.text(s.key()));
        }
        y.finish("hukou, school, roster, visits");
        return out;
    }

    private static Map<FlagCode, FlagSpec> flags(YamlSection y) {
        Map<FlagCode, FlagSpec> out = new EnumMap<>(FlagCode.class);
        for (String key : y.keys()) {
            FlagCode code = code(y, null, key);
            YamlSection f = y.section(key);
            Severity keySeverity = f.has("key_child_severity") ? severity(f, "key_child_severity") : null;
            String acts = f.text("acts");
            out.put(code, new FlagSpec(f.text("name"), severity(f, "severity"), keySeverity,
                    ACTS_BY_SOURCE.equals(acts) ? null : acts, f.text("basis")));
            f.finish("name, severity, key_child_severity, acts, basis");
        }
        for (FlagCode c : FlagCode.values()) {
            if (!out.containsKey(c)) {
                throw y.error(y.full(c.name()) + " is missing: every rule needs its name, severity, acts and basis");
            }
        }
        return out;
    }

    private static FlagCode code(YamlSection y, String key, String text) {
        FlagCode c = FlagCode.ofCode(text);
        if (c == null) {
            String where = key == null ? y.full(text) : y.full(key);
            throw y.error(key == null ? text : key, where + ": '" + text + "' is not a rule code (expected one of "
                    + Arrays.toString(FlagCode.values()) + ")");
        }
        return c;
    }

    private static Severity severity(YamlSection y, String key) {
        String s = y.text(key);
        for (Severity v : Severity.values()) {
            if (v.name().equals(s)) {
                return v;
            }
        }
        throw y.error(key, y.full(key) + " must be HIGH, NORMAL or INFO, found '" + s + "'");
    }
}
