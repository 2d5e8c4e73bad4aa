package cn.recon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/rules.yml: loads into the defaults, edits change results without a rebuild, mistakes are named. */
class RuleSettingsTest {

    @TempDir
    Path dir;

    static Path shipped() {
        Path p = Path.of("config", "rules.yml");
        return Files.exists(p) ? p : Path.of("..", "config", "rules.yml");
    }

    private Path edited(String from, String to) throws IOException {
        String yml = Files.readString(shipped(), StandardCharsets.UTF_8);
        assertThat(yml).contains(from);
        Path copy = dir.resolve("rules.yml");
        Files.writeString(copy, yml.replace(from, to), StandardCharsets.UTF_8);
        return copy;
    }

    @Test
    void theShippedFileIsTheDefaults() {
        RuleSettings loaded = RuleSettings.load(shipped());
        assertThat(loaded).isEqualTo(RuleSettings.defaults());
        assertThat(loaded.name(FlagCode.OUT_OF_SCHOOL)).isEqualTo("适龄失学");
        assertThat(loaded.spec(FlagCode.INVALID_ID).actsBySource()).isTrue();
    }

    @Test
    void raisingTheUpperAgeBoundInACopyChangesTheResult() throws IOException {
        Kid fifteen = Kid.born("2011-08-31"); // 15 on the cut-off day 2026-08-31
        fifteen.hukou();
        assertThat(fifteen.codes()).isEmpty();

        RuleSettings s = RuleSettings.load(edited("  max: 14\n", "  max: 15\n"));
        assertThat(new FlagEngine(s).flags(fifteen.records(), Kid.Q3, true)).extracting(Flag::code)
                .containsExactly(FlagCode.OUT_OF_SCHOOL);
    }

    @Test
    void countingPhoneCallsAsVisitsInACopyChangesTheResult() throws IOException {
        Kid kid = Kid.born("2016-03-03");
        kid.hukou();
        kid.school("在读");
        kid.roster();
        kid.visit("2026-07-03", "入户走访").visit("2026-08-03", "电话联系").visit("2026-09-03", "入户走访");
        assertThat(kid.codes()).containsExactly(FlagCode.VISIT_OVERDUE);

        RuleSettings s = RuleSettings.load(edited("home_visit_types: [入户走访]", "home_visit_types: [入户走访, 电话联系]"));
        assertThat(new FlagEngine(s).flags(kid.records(), Kid.Q3, true)).isEmpty();
    }

    @Test
    void aWordInsteadOfANumberIsNamedWithItsKeyAndLine() throws IOException {
        Path bad = edited("  max: 14\n", "  max: fourteen\n");
        int line = lineOf(bad, "max: fourteen");
        assertThatThrownBy(() -> RuleSettings.load(bad)).isInstanceOf(RulesFileException.class)
                .hasMessage(bad + " line " + line + ": compulsory_age.max must be a whole number from 0 to 30, "
                        + "found 'fourteen'");
    }

    @Test
    void boundsTheWrongWayRoundAreRefused() throws IOException {
        Path bad = edited("  min: 6\n", "  min: 15\n");
        assertThatThrownBy(() -> RuleSettings.load(bad))
                .hasMessageContaining("compulsory_age.min (15) must not be greater than compulsory_age.max (14)");
    }

    @Test
    void aMisspeltKeyIsRefused() throws IOException {
        Path bad = edited("  cutoff_day: 31", "  cutoff_dya: 31");
        assertThatThrownBy(() -> RuleSettings.load(bad)).hasMessageContaining("compulsory_age.cutoff_day is missing");
        Path extra = edited("  cutoff_day: 31", "  cutoff_day: 31\n  cutof_day: 30");
        assertThatThrownBy(() -> RuleSettings.load(extra))
                .hasMessageContaining("line " + lineOf(extra, "cutof_day") + ": unknown key compulsory_age.cutof_day");
    }

    @Test
    void aDayThatDoesNotExistIsRefused() throws IOException {
        Path bad = edited("  cutoff_month: 8\n  cutoff_day: 31", "  cutoff_month: 9\n  cutoff_day: 31");
        assertThatThrownBy(() -> RuleSettings.load(bad))
                .hasMessageContaining("compulsory_age.cutoff_day 31 does not exist in month 9");
    }

    @Test
    void everyRuleNeedsItsEntryAndAKnownSeverity() throws IOException {
        Path noFlag = edited("  MISSING_ID:\n", "  MISSING_IDS:\n");
        assertThatThrownBy(() -> RuleSettings.load(noFlag))
                .hasMessageContaining("flags.MISSING_IDS: 'MISSING_IDS' is not a rule code");
        Path severity = edited("    severity: INFO", "    severity: LOW");
        assertThatThrownBy(() -> RuleSettings.load(severity))
                .hasMessageContaining("flags.HUKOU_ELSEWHERE.severity must be HIGH, NORMAL or INFO, found 'LOW'");
    }

    @Test
    void listsAreCheckedForEmptinessAndRepeats() throws IOException {
        Path empty = edited("dropout_statuses: [辍学]", "dropout_statuses: []");
        assertThatThrownBy(() -> RuleSettings.load(empty))
                .hasMessageContaining("school.dropout_statuses must list at least one value");
        Path twice = edited("home_visit_types: [入户走访]", "home_visit_types: [入户走访, 入户走访]");
        assertThatThrownBy(() -> RuleSettings.load(twice))
                .hasMessageContaining("visits.home_visit_types lists '入户走访' twice");
    }

    @Test
    void brokenYamlAndAMissingFileAreNamed() throws IOException {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "compulsory_age:\n  min: [6\n");
        assertThatThrownBy(() -> RuleSettings.load(broken)).hasMessageStartingWith(broken + " line ")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> RuleSettings.load(dir.resolve("none.yml")))
                .hasMessageStartingWith("cannot read the rules file");
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
