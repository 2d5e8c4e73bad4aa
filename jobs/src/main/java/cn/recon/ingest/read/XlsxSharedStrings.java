package cn.recon.ingest.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The shared-string table of a workbook ({@code xl/sharedStrings.xml}) as plain strings: the text of each
 * {@code <si>}, rich-text runs joined, phonetic runs ({@code <rPh>}) left out. Read once with StAX; looking a string
 * up is an array access (POI's tables build an XML object per lookup, which dominated the reading time).
 */
final class XlsxSharedStrings {

    private XlsxSharedStrings() {
    }

    static String[] read(InputStream in) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            StringBuilder sb = new StringBuilder();
            boolean inSi = false;
            int phonetic = 0;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("si")) {
                        inSi = true;
                        sb.setLength(0);
                    } else if (n.equals("rPh")) {
                        phonetic++;
                    } else if (n.equals("t") && inSi && phonetic == 0) {
                        sb.append(x.getElementText());
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("si")) {
                        out.add(sb.toString());
                        inSi = false;
                    } else if (n.equals("rPh")) {
                        phonetic--;
                    }
                }
            }
        } finally {
            x.close();
        }
        return out.toArray(new String[0]);
    }
}
