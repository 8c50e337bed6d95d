package io.m365connect.cli;

/** The exit codes every command keeps (README, "CLI conventions"). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Refused, or a check failed. */
    public static final int REFUSED = 1;
    /** Usage error, bad input or unreadable file. */
    public static final int USAGE = 2;
    /** Could not write, or an internal error. */
    public static final int INTERNAL = 3;
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
