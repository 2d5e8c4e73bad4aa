package cn.recon.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The citizen ID rules of DOMAIN.md (GB 11643-1999) on worked examples. */
class IdNumberTest {

    @Test
    void theStandardsWorkedExampleIsValidWithCheckCharacterX() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.isValid()).isTrue();
        assertThat(id.birthDate()).contains(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).contains(Sex.FEMALE);
        assertThat(id.addressCode()).contains("110105");
    }

    @Test
    void aFifteenDigitNumberIsConvertedAndMarkedBecauseNoChildHoldsOne() {
        IdNumber id = IdNumber.parse("340524800101001");
        assertThat(id.normalized()).isEqualTo("34052419800101001X");
        assertThat(id.problem()).isEqualTo(IdNumber.Problem.FIFTEEN_DIGIT);
        assertThat(id.isValid()).isFalse();
        assertThat(id.isWellFormed()).isTrue();
    }

    @Test
    void fullWidthDigitsSpacesDashesAndLowercaseXAreNormalisedBeforeValidating() {
        assertThat(IdNumber.parse("１１０１０５ 1949-1231 002x").normalized()).isEqualTo("11010519491231002X");
        assertThat(IdNumber.parse("１１０１０５ 1949-1231 002x").isValid()).isTrue();
    }

    @Test
    void eachKindOfBadNumberSaysWhatIsWrongAndKeepsTheText() {
        assertThat(IdNumber.parse("110105194912310021").problem()).isEqualTo(IdNumber.Problem.BAD_CHECK);
        assertThat(IdNumber.parse("110105194913310028").problem()).isEqualTo(IdNumber.Problem.BAD_DATE);
        assertThat(IdNumber.parse("1101051949123100").problem()).isEqualTo(IdNumber.Problem.BAD_LENGTH);
        assertThat(IdNumber.parse("  ").isBlank()).isTrue();
        IdNumber typo = IdNumber.parse("110105194912310O2X");
        assertThat(typo.problem()).isEqualTo(IdNumber.Problem.BAD_LENGTH);
        assertThat(typo.raw()).isEqualTo("110105194912310O2X");
    }

    @Test
    void anUnknownAddressCodeIsNotAnError() {
        String first17 = "99999920150101001";
        assertThat(IdNumber.parse(first17 + IdNumber.checkCharacter(first17)).isValid()).isTrue();
    }

    @Test
    void maskingKeepsTheFirstSixAndLastFour() {
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
    }
}
