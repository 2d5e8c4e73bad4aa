package cn.recon.schedule;

import cn.recon.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inbox folder: {@code <source>/} folders where extracts are dropped, {@code done/} and {@code failed/} where
 * they go once handled. A file is taken only once it has not changed for the settle time (it may still be copied).
 */
final class Inbox {

    static final String DONE = "done";
    static final String FAILED = "failed";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final Duration settle;

    Inbox(Path root, Duration settle) {
        this.root = root.toAbsolutePath().normalize();
        this.settle = settle;
    }

    Path root() {
        return root;
    }

    Path folder(Source s) {
        return root.resolve(s.key());
    }

    /** Creates the inbox folders that are missing, so operators see where to drop files. */
    void prepare() {
        try {
            for (Source s : Source.values()) {
                Files.createDirectories(folder(s));
            }
            Files.createDirectories(root.resolve(DONE));
            Files.createDirectories(root.resolve(FAILED));
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot create the inbox folders (" + e.getMessage() + ")", e);
        }
    }

    /** The files of a source ready to be taken, by name; files still being written are left for the next run. */
    List<Path> ready(Source s, List<Path> stillWritten) throws IOException {
        Path dir = folder(s);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Instant settledBefore = Instant.now().minus(settle);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f) || name.startsWith(".") || isPartial(name)) {
                    continue;
                }
                if (Files.getLastModifiedTime(f).toInstant().isAfter(settledBefore)) {
                    stillWritten.add(f);
                } else {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static boolean isPartial(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".part") || n.endsWith(".tmp") || n.endsWith(".crdownload") || n.endsWith(".filepart")
                || n.startsWith("~$");
    }

    /** Moves a handled file to done/; a note (e.g. "already loaded") is written beside it when given. */
    Path moveToDone(Path file, String note) throws IOException {
        Path target = move(file, root.resolve(DONE));
        if (note != null) {
            Files.writeString(sidecar(target, ".note.txt"), note, StandardCharsets.UTF_8);
        }
        return target;
    }

    /** Moves a rejected file to failed/ and writes {@code <name>.reason.txt} beside it. */
    Path moveToFailed(Path file, String reason) throws IOException {
        Path target = move(file, root.resolve(FAILED));
        Files.writeString(sidecar(target, ".reason.txt"), reason, StandardCharsets.UTF_8);
        return target;
    }

    static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Moves into a folder under the same name, or {@code name.<yyyyMMdd-HHmmss>[-n].ext} when that name is taken. */
    private static Path move(Path file, Path dir) throws IOException {
        Files.createDirectories(dir);
        String name = file.getFileName().toString();
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            String stamp = LocalDateTime.now().format(STAMP);
            target = dir.resolve(stem + "." + stamp + ext);
            for (int i = 2; Files.exists(target); i++) {
                target = dir.resolve(stem + "." + stamp + "-" + i + ext);
            }
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target);
        }
    }
}
