package cn.recon.ingest;

import java.nio.file.Path;

/**
 * A problem with a whole extract file (unreadable, wrong type, empty, missing required column): nothing of the file
 * is loaded. The message names the file, and the column or line where there is one, in plain words.
 */
public class ExtractFileException extends RuntimeException {

    private final transient Path file;

    public ExtractFileException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
    }

    public ExtractFileException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
