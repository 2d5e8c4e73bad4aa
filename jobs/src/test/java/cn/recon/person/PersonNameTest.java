package cn.recon.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Name normalisation and pinyin as DOMAIN.md asks. */
class PersonNameTest {

    @Test
    void fullWidthSpacesAndTraditionalCharactersAreNormalised() {
        assertThat(PersonName.normalize(" 張　偉 ")).isEqualTo("张伟");
        assertThat(PersonName.normalize("ＡＢＣ")).isEqualTo("ABC");
        assertThat(PersonName.normalize("   ")).isNull();
    }

    @Test
    void theLookAlikeDotsOfMinorityNamesAreFoldedToTheMiddleDot() {
        for (String dot : new String[] {"\u00B7", "\u2022", "\u30FB", "\uFF0E", "\u2027", ".", "．"}) {
            assertThat(PersonName.normalize("阿依古丽" + dot + "买买提")).isEqualTo("阿依古丽·买买提");
        }
    }

    @Test
    void homophonesShareTheirTonelessPinyin() {
        assertThat(PersonName.pinyin("张伟")).isEqualTo("zhang wei");
        assertThat(PersonName.pinyin("张玮")).isEqualTo(PersonName.pinyin("张伟"));
        assertThat(PersonName.pinyin("岩温")).isEqualTo("yan wen");
        assertThat(PersonName.pinyin("阿依古丽·买买提")).doesNotContain("·");
    }
}
