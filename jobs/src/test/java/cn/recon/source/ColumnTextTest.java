package cn.recon.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTextTest {

    @Test
    void shortTextAndNullStayAsTheyAre() {
        assertThat(ColumnText.fit(null, 5)).isNull();
        assertThat(ColumnText.fit("岩温", 5)).isEqualTo("岩温");
        assertThat(ColumnText.fit("abcde", 5)).isEqualTo("abcde");
        assertThat(ColumnText.fitMarked("abcde", 5)).isEqualTo("abcde");
        assertThat(ColumnText.fitMarked(null, 5)).isNull();
    }

    @Test
    void longTextIsCutToTheColumnAndMarkedWhenAsked() {
        assertThat(ColumnText.fit("abcdef", 5)).isEqualTo("abcde");
        assertThat(ColumnText.fitMarked("abcdef", 5)).isEqualTo("abcd…").hasSize(5);
    }

    @Test
    void aCharacterOutsideTheBmpIsNeverCutInHalf() {
        String name = "岩" + "𠀀" + "温";  // 𠀀 is two UTF-16 units
        assertThat(ColumnText.fit(name, 2)).isEqualTo("岩");
        assertThat(ColumnText.fit(name, 3)).isEqualTo("岩𠀀");
        assertThat(ColumnText.fitMarked(name, 3)).isEqualTo("岩…");
        assertThat(ColumnText.fit(name, 2).codePoints().allMatch(Character::isValidCodePoint)).isTrue();
    }
}
