package cn.recon.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.recon.person.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PackTest {

    @Test
    void valuesComeBackInOrderAndARepeatedTextAsOneInstance() {
        byte[] bytes = new Pack.Writer().varint(0).varint(127).varint(128).varint(Integer.MAX_VALUE).text(null)
                .text("勐海镇").text("").text("勐海镇").text("53282219900101001X").sex(Sex.MALE).sex(Sex.FEMALE)
                .sex(null).bool(true).bool(false).bool(null).date(null).date(LocalDate.of(2012, 2, 29))
                .date(LocalDate.of(1899, 12, 31)).date(LocalDate.of(1970, 1, 1)).date(LocalDate.of(2100, 1, 1))
                .date(LocalDate.of(1969, 12, 31)).toByteArray();
        Pack.Reader r = new Pack.Reader(bytes);
        assertThat(r.varint()).isZero();
        assertThat(r.varint()).isEqualTo(127);
        assertThat(r.varint()).isEqualTo(128);
        assertThat(r.varint()).isEqualTo(Integer.MAX_VALUE);
        assertThat(r.text()).isNull();
        String first = r.text();
        assertThat(first).isEqualTo("勐海镇");
        assertThat(r.text()).isEmpty();
        assertThat(r.text()).isSameAs(first);
        assertThat(r.text()).isEqualTo("53282219900101001X");
        assertThat(r.sex()).isEqualTo(Sex.MALE);
        assertThat(r.sex()).isEqualTo(Sex.FEMALE);
        assertThat(r.sex()).isNull();
        assertThat(r.bool()).isTrue();
        assertThat(r.bool()).isFalse();
        assertThat(r.bool()).isNull();
        assertThat(r.date()).isNull();
        assertThat(r.date()).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(r.date()).isEqualTo(LocalDate.of(1899, 12, 31));
        assertThat(r.date()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(r.date()).isEqualTo(LocalDate.of(2100, 1, 1));
        assertThat(r.date()).isEqualTo(LocalDate.of(1969, 12, 31));
        assertThat(r.atEnd()).isTrue();
    }

    @Test
    void aTruncatedPackFailsInsteadOfReadingOn() {
        byte[] bytes = new Pack.Writer().text("曼短村").toByteArray();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> new Pack.Reader(cut).text()).hasMessageContaining("ends inside a text");
        assertThatThrownBy(() -> new Pack.Reader(new byte[] {(byte) 0x80}).varint())
                .hasMessageContaining("ends inside a value");
        assertThatThrownBy(() -> new Pack.Reader(new byte[] {5}).text()).isInstanceOf(Pack.Malformed.class)
                .hasMessageContaining("refers to text 3");
        // five bytes whose value does not fit a non-negative int: never written, so never read as a length
        byte[] tooBig = {(byte) 0x81, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x7F};
        assertThatThrownBy(() -> new Pack.Reader(tooBig).varint()).isInstanceOf(Pack.Malformed.class);
        assertThatThrownBy(() -> new Pack.Reader(new byte[] {1, (byte) 0x81, (byte) 0x80, (byte) 0x80, (byte) 0x80,
                0x7F}).text()).isInstanceOf(Pack.Malformed.class);
    }
}
