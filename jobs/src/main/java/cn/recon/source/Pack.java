package cn.recon.source;

import cn.recon.person.Sex;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A compact binary form of a run of values: unsigned varints, texts, dates, sexes and booleans, written one after the
 * other and read back in the same order. A text that occurs again in the same pack is written as a reference to its
 * first occurrence, and read back as the same instance: a chunk of 户籍 rows repeats its townships, villages, area
 * codes and common names many times, and one instance each is both less to store and fewer objects for the match
 * step to hold. Dates are read back through a shared table of instances, one per day.
 */
public final class Pack {

    private Pack() {
    }

    /** A pack that cannot be read back: cut short, or not written by {@link Writer}. */
    public static final class Malformed extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public Malformed(String message) {
            super(message);
        }
    }

    /** Collects values into a growing byte array. Not thread-safe. */
    public static final class Writer {
        private byte[] bytes = new byte[4096];
        private int size;
        private final Map<String, Integer> texts = new HashMap<>();

        public Writer varint(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("a varint is not negative: " + v);
            }
            while (v >= 0x80) {
                put((byte) (v | 0x80));
                v >>>= 7;
            }
            put((byte) v);
            return this;
        }

        /** null; a reference to an earlier equal text of this pack; or a new text in UTF-8. */
        public Writer text(String s) {
            if (s == null) {
                return varint(0);
            }
            Integer seen = texts.get(s);
            if (seen != null) {
                return varint(seen + 2);
            }
            texts.put(s, texts.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(1).varint(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
            return this;
        }

        public Writer date(LocalDate d) {
            if (d == null) {
                return varint(0);
            }
            long day = d.toEpochDay();
            if (day < -(1L << 29) || day >= (1L << 29)) {
                throw new IllegalArgumentException("date out of range: " + d);
            }
            int zigzag = (int) ((day << 1) ^ (day >> 63));
            return varint(zigzag + 1);
        }

        public Writer sex(Sex s) {
            return choice(s, Sex.MALE);
        }

        public Writer bool(Boolean b) {
            return choice(b, Boolean.FALSE);
        }

        /** One of two values, or null: 1 for {@code first}, 2 for the other, 0 for null. */
        private <T> Writer choice(T value, T first) {
            return varint(value == null ? 0 : value.equals(first) ? 1 : 2);
        }

        public byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void put(byte b) {
            ensure(1);
            bytes[size++] = b;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Reads back what a {@link Writer} wrote, in the same order. Not thread-safe. */
    public static final class Reader {
        private final byte[] bytes;
        private int at;
        private String[] texts = new String[256];
        private int textCount;

        public Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        public int varint() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at >= bytes.length) {
                    throw new Malformed("pack ends inside a value");
                }
                byte b = bytes[at++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    if (v < 0) {
                        throw new Malformed("malformed varint in pack at byte " + at);
                    }
                    return v;
                }
            }
            throw new Malformed("malformed varint in pack at byte " + at);
        }

        public String text() {
            int tag = varint();
            if (tag == 0) {
                return null;
            }
            if (tag > 1) {
                int ref = tag - 2;
                if (ref >= textCount) {
                    throw new Malformed("pack refers to text " + ref + " of " + textCount);
                }
                return texts[ref];
            }
            int length = varint();
            if (length > bytes.length - at) {
                throw new Malformed("pack ends inside a text");
            }
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            if (textCount == texts.length) {
                texts = Arrays.copyOf(texts, textCount * 2);
            }
            texts[textCount++] = s;
            return s;
        }

        public LocalDate date() {
            int tag = varint();
            if (tag == 0) {
                return null;
            }
            int zigzag = tag - 1;
            return Days.of((zigzag >>> 1) ^ -(zigzag & 1));
        }

        public Sex sex() {
            return choice(Sex.MALE, Sex.FEMALE, "sex");
        }

        public Boolean bool() {
            return choice(Boolean.FALSE, Boolean.TRUE, "boolean");
        }

        /** What the writer's {@code choice} wrote: null, {@code first} or {@code second}. */
        private <T> T choice(T first, T second, String what) {
            return switch (varint()) {
                case 0 -> null;
                case 1 -> first;
                case 2 -> second;
                default -> throw new Malformed("malformed " + what + " in pack at byte " + at);
            };
        }

        public boolean atEnd() {
            return at == bytes.length;
        }
    }

    /**
     * One {@link LocalDate} instance per day from 1900 to 2099, made on first use (a race makes an equal instance
     * twice at worst: they are immutable); other days are made each time.
     */
    static final class Days {
        private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay();
        private static final LocalDate[] DAYS = new LocalDate[(int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST)];

        private Days() {
        }

        static LocalDate of(long epochDay) {
            long i = epochDay - FIRST;
            if (i < 0 || i >= DAYS.length) {
                return LocalDate.ofEpochDay(epochDay);
            }
            LocalDate d = DAYS[(int) i];
            if (d == null) {
                d = LocalDate.ofEpochDay(epochDay);
                DAYS[(int) i] = d;
            }
            return d;
        }
    }
}
