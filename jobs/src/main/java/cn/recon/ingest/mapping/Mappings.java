package cn.recon.ingest.mapping;

import cn.recon.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference mappings shipped in the top-level {@code mappings/} folder, one per source. */
public final class Mappings {

    private Mappings() {
    }

    /** The file of a source's reference layout: {@code mappingsDir/hukou.yml}, {@code school.yml}, … */
    public static Path defaultFile(Source source, Path mappingsDir) {
        return mappingsDir.resolve(source.key() + ".yml");
    }

    /**
     * Loads the reference mapping of a source from {@code mappingsDir} (the top-level {@code mappings/} folder).
     *
     * @throws MappingException when the file is missing, invalid, or is for another source
     */
    public static Mapping defaultFor(Source source, Path mappingsDir) {
        Path file = defaultFile(source, mappingsDir);
        if (!Files.isRegularFile(file)) {
            throw new MappingException(file, "文件不存在（" + source.chinese() + "的标准映射应在 "
                    + mappingsDir.toAbsolutePath() + " 中）");
        }
        Mapping m = Mapping.load(file);
        if (m.source() != source) {
            throw new MappingException(file, "这是「" + m.source().chinese() + "」的映射（source: " + m.source().key()
                    + "），不是「" + source.chinese() + "」的");
        }
        return m;
    }
}
