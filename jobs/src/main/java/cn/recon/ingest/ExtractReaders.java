package cn.recon.ingest;

import cn.recon.ingest.mapping.Mapping;
import cn.recon.ingest.mapping.Mappings;
import cn.recon.ingest.read.RawRow;
import cn.recon.ingest.read.TabularReader;
import cn.recon.source.HukouRecord;
import cn.recon.source.RosterRecord;
import cn.recon.source.SchoolRecord;
import cn.recon.source.Source;
import cn.recon.source.VisitRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** Opens extract files as streams of canonical records of their source. */
public final class ExtractReaders {

    private static final Map<Source, Class<?>> RECORD_TYPES = Map.of(Source.HUKOU, HukouRecord.class,
            Source.SCHOOL, SchoolRecord.class, Source.ROSTER, RosterRecord.class, Source.VISITS, VisitRecord.class);

    private ExtractReaders() {
    }

    /**
     * Opens and checks the file (type, encoding, header, required columns); throws {@link ExtractFileException}
     * before returning anything if the file as a whole is unusable. The reader gives {@link HukouRecord}s for
     * {@link Source#HUKOU}, {@link SchoolRecord}s for SCHOOL, {@link RosterRecord}s for ROSTER and
     * {@link VisitRecord}s for VISITS.
     *
     * @param fileId        stored on every record
     * @param mapping       the layout; must be for {@code source}
     * @param referenceDate the quarter's reference date (户籍 rows of people 18 or older at it are skipped)
     */
    public static ExtractReader<?> open(Source source, Path file, long fileId, Mapping mapping,
            LocalDate referenceDate) {
        if (mapping.source() != source) {
            throw new ExtractFileException(file, "映射「" + mapping.name() + "」（" + fileName(mapping)
                    + "）是" + mapping.source().chinese() + "的格式，不能用于" + source.chinese() + "文件");
        }
        TabularReader table = TabularReader.open(file, mapping.headerSpec());
        RowConverter<?> converter = switch (source) {
            case HUKOU -> new HukouConverter(mapping, table.header(), fileId, referenceDate);
            case SCHOOL -> new SchoolConverter(mapping, table.header(), fileId);
            case ROSTER -> new RosterConverter(mapping, table.header(), fileId);
            case VISITS -> new VisitConverter(mapping, table.header(), fileId);
        };
        return reader(table, converter, mapping);
    }

    /** The same, typed: {@code open(Source.SCHOOL, file, id, mapping, date, SchoolRecord.class)}. */
    @SuppressWarnings("unchecked")
    public static <T> ExtractReader<T> open(Source source, Path file, long fileId, Mapping mapping,
            LocalDate referenceDate, Class<T> recordType) {
        if (RECORD_TYPES.get(source) != recordType) {
            throw new IllegalArgumentException(source + " gives " + RECORD_TYPES.get(source).getSimpleName()
                    + ", not " + recordType.getSimpleName());
        }
        return (ExtractReader<T>) open(source, file, fileId, mapping, referenceDate);
    }

    /**
     * The {@link ExtractOpener} of the ingest job: an explicit mapping file when given ({@code --mapping}), else
     * the source's reference layout in {@code mappingsDir} (the top-level {@code mappings/} folder). A bad mapping
     * file is a {@link cn.recon.ingest.mapping.MappingException}.
     */
    public static ExtractOpener opener(Path mappingsDir) {
        return (source, file, fileId, mappingFile, referenceDate) -> open(source, file, fileId,
                mappingFile == null ? Mappings.defaultFor(source, mappingsDir) : Mapping.load(mappingFile),
                referenceDate);
    }

    private static String fileName(Mapping m) {
        return m.file() == null ? "-" : String.valueOf(m.file().getFileName());
    }

    private static <T> ExtractReader<T> reader(TabularReader table, RowConverter<T> converter, Mapping mapping) {
        String describe = table.describe() + ", mapping '" + mapping.name() + "' (" + fileName(mapping) + ")";
        return new ExtractReader<>() {
            @Override
            public RowResult<T> read() throws IOException {
                RawRow row = table.next();
                if (row == null) {
                    return null;
                }
                if (row.isTotals()) {
                    return new RowResult.Skipped<>(row.line(), "合计行，不是人员记录");
                }
                return converter.convert(row);
            }

            @Override
            public String describe() {
                return describe;
            }

            @Override
            public void close() throws IOException {
                table.close();
            }
        };
    }
}
