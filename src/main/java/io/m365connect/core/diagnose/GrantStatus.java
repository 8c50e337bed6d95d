package io.m365connect.core.diagnose;

/** What the token says about one permission or role the recipe needs. */
public enum GrantStatus {
    GRANTED("granted"),
    MISSING("missing"),
    /** Granted, but more than the recipe needs; the least-privileged choice is named in the note. */
    MORE_THAN_NEEDED("more than needed"),
    /** A directory role of the app that is not in the token's wids: missing only if a probe that needs it fails. */
    NOT_SEEN("not in the token"),
    /** This credential cannot show it (delegated seen from app-only, roles held by users or groups, PIM). */
    MANUAL("check by hand"),
    /** No token for this resource was issued, so nothing could be read. */
    NOT_CHECKED("not checked");

    private final String label;

    GrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
