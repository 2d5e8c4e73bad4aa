package cn.recon.cli;

import cn.recon.ingest.IngestParameters;
import cn.recon.ingest.mapping.Mapping;
import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The extract files of a run and their optional mappings, as {@code run} and {@code ingest} take them. */
public class ExtractOptions {

    @Option(names = "--quarter", required = true, description = "The quarter, e.g. 2026Q3 (reference date: its last day).")
    String quarter;

    @Option(names = "--hukou", paramLabel = "FILE", description = "户籍 extract (CSV or XLSX).")
    Path hukou;

    @Option(names = "--school", paramLabel = "FILE", description = "学籍 extract (CSV or XLSX).")
    Path school;

    @Option(names = "--roster", paramLabel = "FILE", description = "民政 roster (CSV or XLSX).")
    Path roster;

    @Option(names = "--visits", paramLabel = "FILE", description = "走访记录 visit log (CSV or XLSX), optional.")
    Path visits;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A mapping file from mappings/ for a layout "
            + "other than the default; it names its source. Repeat for several sources.")
    List<Path> mappings = List.of();

    Quarter quarter() {
        return Quarter.parse(quarter);
    }

    IngestParameters toParameters() {
        Map<Source, Path> files = new EnumMap<>(Source.class);
        put(files, Source.HUKOU, hukou);
        put(files, Source.SCHOOL, school);
        put(files, Source.ROSTER, roster);
        put(files, Source.VISITS, visits);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no extract given: name at least one of --hukou, --school, --roster, --visits");
        }
        Map<Source, Path> maps = new EnumMap<>(Source.class);
        for (Path m : mappings) {
            maps.put(sourceOf(m), m);
        }
        return new IngestParameters(quarter(), files, maps);
    }

    private static void put(Map<Source, Path> m, Source s, Path p) {
        if (p != null) {
            m.put(s, p);
        }
    }

    /** The source a mapping file declares ({@code source: school}); the file is checked as a whole. */
    static Source sourceOf(Path mapping) {
        return Mapping.load(mapping).source();
    }
}
