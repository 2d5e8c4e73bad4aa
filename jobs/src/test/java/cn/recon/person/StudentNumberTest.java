package cn.recon.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StudentNumberTest {

    @Test
    void gNumberCarriesItsCitizenId() {
        StudentNumber s = StudentNumber.parse(" g11010519491231002x ");
        assertThat(s.normalized()).isEqualTo("G11010519491231002X");
        assertThat(s.kind()).isEqualTo("G");
        assertThat(s.isValid()).isTrue();
        assertThat(s.citizenId()).hasValueSatisfying(id -> {
            assertThat(id.normalized()).isEqualTo("11010519491231002X");
            assertThat(id.isValid()).isTrue();
        });
    }

    @Test
    void fullWidthAndSpacesAreNormalised() {
        StudentNumber s = StudentNumber.parse("Ｇ１１０１０５ １９４９１２３１００２ｘ");
        assertThat(s.normalized()).isEqualTo("G11010519491231002X");
        assertThat(s.isValid()).isTrue();
    }

    @Test
    void gNumberWithBadCheckCharacterStillHasItsIdButIsFlagged() {
        StudentNumber s = StudentNumber.parse("G110105194912310021");
        assertThat(s.problem()).isEqualTo(StudentNumber.Problem.BAD_CITIZEN_ID);
        assertThat(s.citizenId()).hasValueSatisfying(
                id -> assertThat(id.problem()).isEqualTo(IdNumber.Problem.BAD_CHECK));
    }

    @Test
    void jAndLNumbersNeverCarryACitizenId() {
        StudentNumber j = StudentNumber.parse("J11010519491231002X");
        assertThat(j.kind()).isEqualTo("J");
        assertThat(j.isValid()).isTrue();
        assertThat(j.citizenId()).isEmpty();

        StudentNumber l = StudentNumber.parse("L532822201503041234");
        assertThat(l.kind()).isEqualTo("L");
        assertThat(l.isValid()).isTrue();
        assertThat(l.citizenId()).isEmpty();
    }

    @Test
    void lNumberNeedsARealBirthDate() {
        assertThat(StudentNumber.parse("L532822201502301234").problem()).isEqualTo(StudentNumber.Problem.BAD_BODY);
        assertThat(StudentNumber.parse("L53282220150304123X").problem()).isEqualTo(StudentNumber.Problem.BAD_BODY);
    }

    @Test
    void malformedNumbers() {
        assertThat(StudentNumber.parse("G1101051949123100").problem()).isEqualTo(StudentNumber.Problem.BAD_LENGTH);
        StudentNumber noPrefix = StudentNumber.parse("11010519491231002X");
        assertThat(noPrefix.problem()).isEqualTo(StudentNumber.Problem.BAD_KIND);
        assertThat(noPrefix.kind()).isNull();
        assertThat(noPrefix.citizenId()).isEmpty();
        assertThat(StudentNumber.parse("GA1010519491231002X").problem()).isEqualTo(StudentNumber.Problem.BAD_BODY);
        assertThat(StudentNumber.parse("  ").isBlank()).isTrue();
        assertThat(StudentNumber.parse(null).isBlank()).isTrue();
    }
}
