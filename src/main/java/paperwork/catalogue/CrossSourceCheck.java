package paperwork.catalogue;

import java.util.List;

/**
 * One check across all sources' units. It returns the units (with links added or a gap filled)
 * in the same order, and adds what it found to {@code out}. Checks run in the order listed in
 * {@link CrossSourceChecks}; each sees the links the ones before it made.
 */
interface CrossSourceCheck {
    List<Unit> apply(List<Unit> units, List<Diagnostic> out);
}
