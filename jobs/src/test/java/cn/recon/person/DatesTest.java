package cn.recon.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    private static final LocalDate D = LocalDate.of(2015, 3, 4);

    @ParameterizedTest
    @ValueSource(strings = {"2015-03-04", "2015-3-4", "2015/3/4", "2015/03/04", "20150304", "2015.3.4",
        "2015.03.04", "2015年3月4日", "2015年03月04日", "2015年3月4", " 2015-03-04 ", "2015-03-04 00:00:00",
        "2015/3/4 0:00", "2015-03-04T00:00", "2015-03-04T08:30:15", "20150304 000000", "２０１５－０３－０４",
        "2015年3月4日 10时"})
    void everyFormOfTheExtracts(String text) {
        assertThat(Dates.parse(text)).isEqualTo(D);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "2015-02-30", "2015-13-01", "20150230", "2015-3", "2015年3月",
        "2015-03/04", "15-3-4", "4/3/2015", "201503041", "1899-12-31", "2015-03-04x", "2015-003-04", "43893",
        "2015年3-4", "2015-03-04T"})
    void nonDatesGiveNull(String text) {
        assertThat(Dates.parse(text)).isNull();
    }

    @Test
    void nullGivesNull() {
        assertThat(Dates.parse(null)).isNull();
    }

    @Test
    void leapDays() {
        assertThat(Dates.parse("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(Dates.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Dates.parse("1900-02-29")).isNull();
        assertThat(Dates.parse("2015-02-29")).isNull();
    }

    @Test
    void yearLastFormsOnlyWhenTheLayoutDeclaresThem() {
        assertThat(Dates.parse("4/3/2015", Dates.Order.DMY)).isEqualTo(D);
        assertThat(Dates.parse("3/4/2015", Dates.Order.MDY)).isEqualTo(D);
        assertThat(Dates.parse("04.03.2015", Dates.Order.DMY)).isEqualTo(D);
        assertThat(Dates.parse("2015-03-04", Dates.Order.DMY)).isEqualTo(D);
        assertThat(Dates.parse("3/4/2015", Dates.Order.YMD)).isNull();
    }

    @Test
    void excelSerialNumbers() {
        assertThat(Dates.fromExcelSerial(42067)).isEqualTo(D);
        assertThat(Dates.fromExcelSerial(61)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(Dates.fromExcelSerial(5)).isNull();
    }

    @Test
    void agesInWholeYears() {
        LocalDate birth = LocalDate.of(2008, 9, 30);
        assertThat(Ages.yearsAt(birth, LocalDate.of(2026, 9, 30))).isEqualTo(18);
        assertThat(Ages.yearsAt(birth, LocalDate.of(2026, 9, 29))).isEqualTo(17);
        assertThat(Ages.yearsAt(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(Ages.yearsAt(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThat(Ages.yearsAt(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 9, 30))).isEqualTo(-1);
    }
}
