package paperwork.cli;

import picocli.CommandLine;

/** The program version, read from the jar's manifest when there is one. */
public final class Version implements CommandLine.IVersionProvider {
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"paperwork " + VERSION};
    }
}
