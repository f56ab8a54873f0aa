package paperwork.office;

/** Finding bytes in the bytes of a package part, without decoding it. */
final class ByteSearch {
    private ByteSearch() {
    }

    /** Where {@code part} first starts in {@code text}, or -1. */
    static int indexOf(byte[] text, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= text.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (text[i + j] != part[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
