package cn.recon.generate;

import java.nio.charset.Charset;

/** The encodings the extracts use. */
final class Charsets {

    static final Charset GB18030 = Charset.forName("GB18030");

    private Charsets() {
    }
}
