package cn.recon.ingest;

import cn.recon.person.Quarter;
import cn.recon.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The ingest job's parameters: the quarter, and per source the file, its SHA-256 and an optional explicit mapping.
 * File and digest are identifying, so the same files make the same job instance (a failed run is resumed, a
 * completed one is not repeated) and changed content makes a new one.
 */
public record IngestParameters(Quarter quarter, Map<Source, Path> files, Map<Source, Path> mappings) {

    public static final String QUARTER = "quarter";

    public IngestParameters {
        files = Map.copyOf(files);
        mappings = Map.copyOf(mappings);
    }

    /** Adds this run's parameters to a builder; digests are computed here (missing files are reported plainly). */
    public JobParametersBuilder addTo(JobParametersBuilder b) {
        b.addString(QUARTER, quarter.toString());
        for (Source s : Source.values()) {
            Path f = files.get(s);
            if (f == null) {
                continue;
            }
            Path abs = f.toAbsolutePath().normalize();
            if (!Files.isRegularFile(abs)) {
                throw new IllegalArgumentException(s.chinese() + " file not found: " + f);
            }
            b.addString(s.key(), abs.toString());
            b.addString(s.key() + ".sha256", FileDigest.sha256(abs));
            Path m = mappings.get(s);
            if (m != null) {
                b.addString(s.key() + ".mapping", m.toAbsolutePath().normalize().toString());
            }
        }
        return b;
    }

    public JobParameters toJobParameters() {
        return addTo(new JobParametersBuilder()).toJobParameters();
    }

    /** Reads the file of one source back from job parameters; null when the run has none. */
    static Path file(JobParameters p, Source s) {
        String v = p.getString(s.key());
        return v == null ? null : Path.of(v);
    }

    static Path mapping(JobParameters p, Source s) {
        String v = p.getString(s.key() + ".mapping");
        return v == null ? null : Path.of(v);
    }

    static Map<Source, Path> files(JobParameters p) {
        Map<Source, Path> m = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            Path f = file(p, s);
            if (f != null) {
                m.put(s, f);
            }
        }
        return m;
    }
}
