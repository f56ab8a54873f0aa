package paperwork.render;

/** What one copy of a document is about: one qualification, or one unit. */
public enum Scope {
    QUALIFICATION, UNIT
}
