package dev.walls.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file replaced whole keeps what its owner set on it: its permissions, and a link stays a link. */
class FileReplacementTest {

    @TempDir
    Path temp;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndNoPartIsLeft() throws IOException {
        Path page = Files.writeString(temp.resolve("page.html"), "old");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-rw-r--"));
        FileReplacement.write(page, text("new"));
        assertEquals("new", Files.readString(page));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
        assertEquals(List.of("page.html"), names(temp));
    }

    @Test
    void aLinkStaysALinkAndItsTargetTakesTheContent() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Path target = Files.writeString(shared.resolve("page.html"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("link.html"), target);
        FileReplacement.write(link, text("new"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("page.html"), names(shared));
    }

    @Test
    void aNewFileIsCreatedAndWriteNewKeepsOneThatExists() throws IOException {
        Path fresh = temp.resolve("fresh.prom");
        FileReplacement.write(fresh, text("a"));
        assertEquals("a", Files.readString(fresh));
        assertThrows(FileAlreadyExistsException.class, () -> FileReplacement.writeNew(fresh, text("b")));
        assertEquals("a", Files.readString(fresh));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
