package paperwork.catalogue;

/** One input file: its path relative to the project, the SHA-256 of its bytes, and the format detected. */
public record SourceFile(String file, String sha256, String format) {
}
