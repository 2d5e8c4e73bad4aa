package cn.recon.rules;

import static cn.recon.rules.FlagCode.DUPLICATE_RECORD;
import static cn.recon.rules.FlagCode.FIELD_CONFLICT;
import static cn.recon.rules.FlagCode.INVALID_ID;
import static cn.recon.rules.FlagCode.MISSING_ID;
import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** INVALID_ID, MISSING_ID, DUPLICATE_RECORD and FIELD_CONFLICT; 17-year-olds, so only these rules can fire. */
class DataQualityRulesTest {

    private static final String BORN = "2009-05-05";

    private static Flag only(Kid kid, FlagCode code) {
        ChildResult r = kid.evaluate();
        assertThat(r.flags()).extracting(Flag::code).containsExactly(code);
        return r.flags().get(0);
    }

    @Test
    void anIdFailingValidationOnAnyRecordIsInvalidForThatSourcesAgency() {
        Kid kid = Kid.born(BORN);
        kid.hukou();
        kid.school("在读").problem = "FIFTEEN_DIGIT";
        Flag f = only(kid, INVALID_ID);
        assertThat(f.detail()).isEqualTo("学籍第3行（15位旧号码（儿童不应持有））");
        assertThat(f.agency()).isEqualTo("教育部门");
        assertThat(f.detail()).doesNotContain(kid.id);
    }

    @Test
    void aRosterWithoutIdIsMissingOnlyWhenAnotherSourceHasAValidOne() {
        Kid kid = rosterChild();
        kid.hukou();
        kid.firstRoster().id = null;
        Flag f = only(kid, MISSING_ID);
        assertThat(f.detail()).isEqualTo("民政名册第2行无身份证号，可据户籍补录");
        assertThat(f.agency()).isEqualTo("民政部门");

        Kid nobody = rosterChild();
        nobody.hukou().problem = "BAD_CHECK";
        nobody.firstRoster().id = null;
        assertThat(nobody.codes()).containsExactly(INVALID_ID);
    }

    @Test
    void twoCurrentRecordsOfOneSourceAreADuplicateButHistoryIsNot() {
        Kid twice = Kid.born(BORN);
        twice.hukou();
        twice.school("在读");
        twice.school("在读").schoolName = "新城中学";
        Flag f = only(twice, DUPLICATE_RECORD);
        assertThat(f.detail()).isEqualTo("学籍第3行（城关小学）；学籍第4行（新城中学）");
        assertThat(f.agency()).isEqualTo("教育部门");

        Kid transferred = Kid.born(BORN);
        transferred.hukou();
        transferred.school("转出");
        transferred.school("在读");
        assertThat(transferred.codes()).isEmpty();

        Kid twoHukou = Kid.born(BORN);
        twoHukou.hukou();
        twoHukou.hukou();
        twoHukou.school("在读");
        assertThat(only(twoHukou, DUPLICATE_RECORD).agency()).isEqualTo("公安机关");
    }

    @Test
    void sexThatDiffersBetweenSourcesIsAConflictForTheSourceDisagreeingWithHukou() {
        Kid kid = Kid.born(BORN);
        kid.hukou();
        kid.school("在读").sex = Sex.FEMALE;
        Flag f = only(kid, FIELD_CONFLICT);
        assertThat(f.detail()).isEqualTo("性别：户籍男，学籍女");
        assertThat(f.agency()).isEqualTo("教育部门");
    }

    @Test
    void birthDatesThatDifferAreAConflict() {
        Kid kid = rosterChild();
        kid.hukou().birth = null; // no 户籍 value: every source holding one is asked to check
        kid.school("在读");
        kid.firstRoster().birth = LocalDate.parse("2009-05-15");
        Flag f = only(kid, FIELD_CONFLICT);
        assertThat(f.detail()).isEqualTo("出生日期：学籍2009-05-05，民政名册2009-05-15");
        assertThat(f.agency()).isEqualTo("教育部门、民政部门");
    }

    @Test
    void namesAreComparedAfterNormalisationAndHomophonesAreNamed() {
        Kid same = Kid.born(BORN);
        same.hukou();
        same.school("在读"); // the reader normalises 張偉 to 张伟: equal names
        assertThat(same.codes()).isEmpty();

        Kid homophone = Kid.born(BORN);
        homophone.hukou();
        homophone.school("在读").name = "张玮";
        Flag f = only(homophone, FIELD_CONFLICT);
        assertThat(f.detail()).isEqualTo("姓名：户籍张伟，学籍张玮（同音）");

        Kid other = Kid.born(BORN);
        other.hukou();
        other.school("在读").name = "张伟东";
        assertThat(only(other, FIELD_CONFLICT).detail()).isEqualTo("姓名：户籍张伟，学籍张伟东");
    }

    /** A 17-year-old 困境儿童 on the roster, visited every month. */
    private static Kid rosterChild() {
        Kid kid = Kid.born(BORN);
        kid.roster().categories = "困境儿童";
        kid.visit("2026-07-03", "入户走访").visit("2026-08-03", "入户走访").visit("2026-09-03", "入户走访");
        return kid;
    }
}
