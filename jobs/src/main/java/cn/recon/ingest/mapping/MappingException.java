package cn.recon.ingest.mapping;

import java.nio.file.Path;

/** A mapping file that cannot be used; the message names the file and says plainly what is wrong. */
public class MappingException extends RuntimeException {

    public MappingException(Path file, String problem) {
        super("映射文件 " + file + "：" + problem);
    }

    public MappingException(Path file, String problem, Throwable cause) {
        super("映射文件 " + file + "：" + problem, cause);
    }
}
