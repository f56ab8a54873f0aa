package paperwork.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** --sources, shared by every command that reads the standards texts. */
public final class SourceOptions {
    @Option(names = "--sources", paramLabel = "DIR", defaultValue = "sources",
            description = "folder of standards texts (default: ${DEFAULT-VALUE})")
    Path sources;
}
