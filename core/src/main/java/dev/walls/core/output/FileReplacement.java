package dev.walls.core.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all. A new file is created as any other (the umask sets its permissions); an existing
 * one, or the file a symbolic link names, is replaced by one rename of a copy written beside it with the old file's
 * permissions, so that a write that fails part-way leaves the old content, a link stays a link and a page shared with
 * a group stays shared.
 */
public final class FileReplacement {

    private FileReplacement() {
    }

    /**
     * Writes {@code bytes} to {@code file}, replacing what is there.
     *
     * @throws IOException when it cannot be written; the file is then as it was
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        if (!Files.exists(file)) {
            try {
                writeNew(file, bytes);
                return;
            } catch (FileAlreadyExistsException e) {
                // it appeared meanwhile: replace it like any existing file
            }
        }
        Path target = file.toRealPath();
        Path part = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            Files.write(part, bytes);
            try {
                Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the copy keeps the folder's defaults
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /**
     * Creates {@code file} with {@code bytes}; a part written before a failure is deleted.
     *
     * @throws FileAlreadyExistsException when the file exists, which is kept
     */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the failure being reported is the write's
        }
    }
}
