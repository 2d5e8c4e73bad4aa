package cn.recon.rules;

import cn.recon.source.Source;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything configurable about the rules: the contents of {@code config/rules.yml}, validated and precomputed (sets
 * for the vocabularies), so that evaluating a child does no parsing. Immutable; equal when the settings are equal.
 *
 * @param agencies who acts for each source, for flags whose agency is the source's ({@code acts: source})
 * @param flags    the Chinese name, severity, acting agency and citation of every rule
 */
public record RuleSettings(CompulsoryAge compulsoryAge, HukouSettings hukou, SchoolSettings school,
        RosterSettings roster, VisitSettings visits, KeyChildSettings keyChildren, Map<Source, String> agencies,
        Map<FlagCode, FlagSpec> flags) {

    public RuleSettings {
        Objects.requireNonNull(compulsoryAge, "compulsoryAge");
        Objects.requireNonNull(hukou, "hukou");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(keyChildren, "keyChildren");
        agencies = Map.copyOf(agencies);
        flags = Map.copyOf(flags);
        if (!agencies.keySet().containsAll(EnumSet.allOf(Source.class))) {
            throw new IllegalArgumentException("an agency is needed for every source");
        }
        if (!flags.keySet().containsAll(EnumSet.allOf(FlagCode.class))) {
            throw new IllegalArgumentException("settings are needed for every flag code");
        }
    }

    /** Reads and validates a rules file; a {@link RulesFileException} names the file, line and key at fault. */
    public static RuleSettings load(Path rulesYml) {
        String name = rulesYml.toString();
        try (Reader r = Files.newBufferedReader(rulesYml, StandardCharsets.UTF_8)) {
            return RulesYamlReader.read(r, name);
        } catch (IOException e) {
            throw new RulesFileException("cannot read the rules file " + name + ": " + e.getMessage(), e);
        }
    }

    /** The defaults shipped with the product: identical to the config/rules.yml of the repository (a test checks). */
    /** The rules file when it exists, else the built-in defaults (the same values as the shipped file). */
    public static RuleSettings loadOrDefaults(Path rulesYml) {
        if (rulesYml != null && java.nio.file.Files.isRegularFile(rulesYml)) {
            return load(rulesYml);
        }
        org.slf4j.LoggerFactory.getLogger(RuleSettings.class).warn("rules file {} not found: using the built-in "
                + "defaults (the same values as the shipped config/rules.yml)", rulesYml);
        return defaults();
    }

    public static RuleSettings defaults() {
        return RuleDefaults.SETTINGS;
    }

    public FlagSpec spec(FlagCode code) {
        return flags.get(code);
    }

    /** The Chinese name of a flag (适龄失学 …). */
    public String name(FlagCode code) {
        return flags.get(code).name();
    }

    /**
     * Compulsory-school age (义务教育适龄): age on the cut-off day between {@code minAge} and {@code maxAge} inclusive.
     */
    public record CompulsoryAge(int minAge, int maxAge, MonthDay cutoff) {

        public CompulsoryAge {
            Objects.requireNonNull(cutoff, "cutoff");
            if (minAge < 0 || minAge > maxAge) {
                throw new IllegalArgumentException("compulsory age bounds " + minAge + ".." + maxAge);
            }
        }

        /**
         * The cut-off day of the school year containing {@code reference}: the last cut-off day strictly before it
         * (2026-09-30 → 2026-08-31; 2026-06-30 → 2025-08-31).
         */
        public LocalDate cutoffFor(LocalDate reference) {
            LocalDate c = cutoff.atYear(reference.getYear());
            return c.isBefore(reference) ? c : cutoff.atYear(reference.getYear() - 1);
        }
    }

    /**
     * 户籍 vocabularies, and the age from which a person is no longer in the 户籍 extract (FORMATS.md: residents under
     * 18), so that a missing 户籍 record says nothing about them.
     */
    public record HukouSettings(Set<String> cancelledStatuses, Set<String> duplicateIgnoredStatuses,
            int extractAgeLimit) {
        public HukouSettings {
            cancelledStatuses = Set.copyOf(cancelledStatuses);
            duplicateIgnoredStatuses = Set.copyOf(duplicateIgnoredStatuses);
        }
    }

    /** 学籍 status vocabularies, each used by the rule named in rules.yml. */
    public record SchoolSettings(Set<String> activeStatuses, Set<String> dropoutStatuses,
            Set<String> transferOutStatuses, Set<String> enrolledStatuses, Set<String> closedStatuses,
            Set<String> deathStatuses, Set<String> duplicateIgnoredStatuses) {
        public SchoolSettings {
            activeStatuses = Set.copyOf(activeStatuses);
            dropoutStatuses = Set.copyOf(dropoutStatuses);
            transferOutStatuses = Set.copyOf(transferOutStatuses);
            enrolledStatuses = Set.copyOf(enrolledStatuses);
            closedStatuses = Set.copyOf(closedStatuses);
            deathStatuses = Set.copyOf(deathStatuses);
            duplicateIgnoredStatuses = Set.copyOf(duplicateIgnoredStatuses);
        }
    }

    /** 民政 roster vocabularies and the category age limits (a child stays while younger than the limit). */
    public record RosterSettings(Set<String> activeStatuses, String leftBehindCategory,
            Map<String, Integer> categoryAgeLimits, int otherCategoryAgeLimit, Set<String> unsupervised,
            int livingAloneAgeLimit, Set<String> entrustedGuardianship, Set<String> agreementSigned,
            Set<String> duplicateIgnoredStatuses) {
        public RosterSettings {
            activeStatuses = Set.copyOf(activeStatuses);
            Objects.requireNonNull(leftBehindCategory, "leftBehindCategory");
            categoryAgeLimits = Map.copyOf(categoryAgeLimits);
            unsupervised = Set.copyOf(unsupervised);
            entrustedGuardianship = Set.copyOf(entrustedGuardianship);
            agreementSigned = Set.copyOf(agreementSigned);
            duplicateIgnoredStatuses = Set.copyOf(duplicateIgnoredStatuses);
        }

        /** The age at which a child leaves this category. */
        public int ageLimit(String category) {
            Integer limit = categoryAgeLimits.get(category);
            return limit == null ? otherCategoryAgeLimit : limit;
        }
    }

    /** Visit types that count as a home visit (入户走访). */
    public record VisitSettings(Set<String> homeVisitTypes) {
        public VisitSettings {
            homeVisitTypes = Set.copyOf(homeVisitTypes);
        }
    }

    /** What makes a child a key child (重点儿童): values on an active roster record, or a flag of this run. */
    public record KeyChildSettings(Set<String> guardianship, Set<String> guardianshipAssessments,
            Set<String> schooling, Set<String> health, boolean unregisteredOnRoster, Set<FlagCode> fromFlags) {
        public KeyChildSettings {
            guardianship = Set.copyOf(guardianship);
            guardianshipAssessments = Set.copyOf(guardianshipAssessments);
            schooling = Set.copyOf(schooling);
            health = Set.copyOf(health);
            fromFlags = Set.copyOf(fromFlags);
        }
    }

    /**
     * One rule's presentation and routing.
     *
     * @param keyChildSeverity severity for key children, or null when the same as {@code severity}
     * @param acts             who acts, in Chinese; null when the agencies of the sources concerned act
     * @param basis            the citation shown in the report's notes
     */
    public record FlagSpec(String name, Severity severity, Severity keyChildSeverity, String acts, String basis) {
        public FlagSpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(basis, "basis");
        }

        public boolean actsBySource() {
            return acts == null;
        }
    }
}
