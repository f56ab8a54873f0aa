package paperwork.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = dir.resolve("sub/out.txt");
        AtomicFiles.write(target, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "two".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("two".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        try (var listing = Files.list(target.getParent())) {
            assertEquals(1, listing.count());
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousVersion() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.write(target, "good".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("good", Files.readString(target));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count());
        }
    }

    /** Documents are shared: the umask decides who reads them, not a temporary file's private mode. */
    @Test
    void writtenFilesAreReadableByOthersWhenTheUmaskAllowsIt() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.writeString(dir.resolve("probe"), "x");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(probe);
        Path target = dir.resolve("out.pdf");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertEquals(usual, Files.getPosixFilePermissions(target));
        assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_WRITE));
    }
}
