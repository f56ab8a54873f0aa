package paperwork.catalogue;

/** Where an item was read: the source file (relative to the project) and its 1-based line. */
public record SourceRef(String file, int line) {
    public SourceRef {
        if (file == null) throw new IllegalArgumentException("file");
    }

    public SourceRef at(int otherLine) {
        return new SourceRef(file, otherLine);
    }
}
