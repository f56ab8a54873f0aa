package paperwork.sources;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.SourceRef;

/**
 * Reads one file's bytes into a {@link SourceText}: refuses empty and binary files, decodes UTF-8
 * (with or without BOM) and falls back to Windows-1252 with a warning, as Word's "plain text" does.
 */
public final class SourceReader {

    /** The text, when the file could be read as text, and what was found on the way. */
    public record Result(Optional<SourceText> text, List<Diagnostic> diagnostics) {
    }

    private SourceReader() {
    }

    public static Result read(Path path, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return fail("unreadable-source", displayName, "cannot read the file: " + e.getMessage());
        }
        return decode(bytes, displayName);
    }

    public static Result decode(byte[] bytes, String displayName) {
        SourceRef whole = new SourceRef(displayName, 0);
        if (bytes.length == 0 || isBlank(bytes)) {
            return fail("empty-source", displayName, "the file is empty: nothing to read");
        }
        if (looksBinary(bytes)) {
            return fail("binary-source", displayName,
                    "the file is binary, not text (extract the text from the PDF or Word file first)");
        }
        String sha = sha256(bytes);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Result(Optional.of(new SourceText(displayName, sha, text)), List.of());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, Charset.forName("windows-1252"));
            return new Result(Optional.of(new SourceText(displayName, sha, text)), List.of(Diagnostic.warning(
                    "not-utf8", whole, "the file is not UTF-8; read it as Windows-1252 (save it as UTF-8 to be sure)")));
        }
    }

    private static Result fail(String code, String file, String message) {
        return new Result(Optional.empty(), List.of(Diagnostic.error(code, new SourceRef(file, 0), message)));
    }

    /** Nothing but white space, after an optional UTF-8 byte-order mark. */
    private static boolean isBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        }
        return true;
    }

    /** NUL bytes, or many control characters in the first 8 KiB, mean binary. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control > n / 20;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
