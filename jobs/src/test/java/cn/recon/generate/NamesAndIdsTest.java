package cn.recon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.recon.person.IdNumber;
import cn.recon.person.PersonName;
import cn.recon.person.Sex;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NamesAndIdsTest {

    @Test
    void homophonesShareTheirTonelessPinyin() {
        for (String group : NameDamage.HOMOPHONES) {
            String first = PersonName.pinyin(String.valueOf(group.charAt(0)));
            for (int i = 1; i < group.length(); i++) {
                assertThat(PersonName.pinyin(String.valueOf(group.charAt(i)))).as(group).isEqualTo(first);
            }
        }
    }

    @Test
    void everyGivenNameCharacterHasAHomophone() {
        String all = String.join("", NameDamage.HOMOPHONES);
        for (String set : new String[] {Names.MALE, Names.FEMALE, Names.DAI_MALE, Names.DAI_FEMALE}) {
            for (char c : set.toCharArray()) {
                assertThat(all.indexOf(c)).as("homophone of %s", c).isNotNegative();
            }
        }
        SplittableRandom r = new SplittableRandom(3);
        String changed = NameDamage.homophone("张伟", r);
        assertThat(changed).startsWith("张").isNotEqualTo("张伟");
        assertThat(PersonName.pinyin(changed)).isEqualTo("zhang wei");
    }

    @Test
    void traditionalSpacedAndDottedNamesNormaliseBack() {
        String t = NameDamage.TRADITIONAL;
        for (int i = 0; i < t.length(); i += 2) {
            assertThat(PersonName.normalize(String.valueOf(t.charAt(i + 1)))).as(t.substring(i, i + 2))
                    .isEqualTo(String.valueOf(t.charAt(i)));
        }
        assertThat(NameDamage.traditional("张伟")).isEqualTo("張偉");
        SplittableRandom r = new SplittableRandom(5);
        String dotted = Names.dotted("阿依古丽", "买买提");
        for (int k = 0; k < 20; k++) {
            assertThat(PersonName.normalize(NameDamage.dot(dotted, r))).isEqualTo(dotted);
            assertThat(PersonName.normalize(NameDamage.space("玉罕", r))).isEqualTo("玉罕");
        }
    }

    @Test
    void daiNamesAreFewAndRepeat() {
        SplittableRandom r = new SplittableRandom(9);
        Set<String> names = new HashSet<>();
        int yanwen = 0;
        for (int k = 0; k < 1000; k++) {
            String n = Names.dai(r, true);
            assertThat(n).startsWith("岩").hasSizeBetween(2, 3);
            names.add(n);
            yanwen += n.equals("岩温") ? 1 : 0;
        }
        assertThat(yanwen).isGreaterThan(50);
        assertThat(names.size()).isLessThan(200);
    }

    @Test
    void allocatedIdsAreValidDistinctAndCarryTheSex() {
        Ids ids = new Ids();
        int day = Dates.day(2015, 6, 1);
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 1200; k++) {
            boolean male = k % 2 == 0;
            String id = Ids.text(ids.allocate("532822", day, male));
            IdNumber parsed = IdNumber.parse(id);
            assertThat(parsed.isValid()).as(id).isTrue();
            assertThat(parsed.sex()).contains(male ? Sex.MALE : Sex.FEMALE);
            assertThat(parsed.birthDate()).contains(Dates.date(day));
            assertThat(seen.add(id)).isTrue();
        }
        // more than the 3-digit sequence holds in one day: the overflow is issued under the next code
        assertThat(seen).anyMatch(id -> id.startsWith("532823"));
    }

    @Test
    void damagedIdsNeverPassAndStyledOnesNormaliseBack() {
        Ids ids = new Ids();
        SplittableRandom r = new SplittableRandom(13);
        for (int k = 0; k < 500; k++) {
            long id17 = ids.allocate("532823", Dates.day(2010, 1, 1) + k, k % 2 == 0);
            String id = Ids.text(id17);
            assertThat(IdNumber.parse(IdDamage.changeDigit(id, r)).isValid()).isFalse();
            String swapped = IdDamage.swapDigits(id, r);
            assertThat(IdNumber.parse(swapped).isValid()).isEqualTo(swapped.equals(id));
            assertThat(IdNumber.parse(IdDamage.wrongCheck(id, r)).isValid()).isFalse();
            assertThat(IdNumber.normalize(IdDamage.fullWidth(id.replace('X', 'x')))).isEqualTo(id);
            long adult = ids.allocate("532823", Dates.day(1980, 1, 1) + k, true);
            IdNumber old = IdNumber.parse(Ids.fifteen(adult));
            assertThat(old.problem()).isEqualTo(IdNumber.Problem.FIFTEEN_DIGIT);
            assertThat(old.normalized()).isEqualTo(Ids.text(adult));
        }
    }
}
