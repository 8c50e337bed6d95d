package io.m365connect.cli;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;

/** A command ends with a problem and a chosen exit code (1 refused, 2 bad input, 3 could not write). */
public final class CommandFailure extends ProblemException {
    private final int exitCode;

    public CommandFailure(int exitCode, Problem problem) {
        super(problem);
        this.exitCode = exitCode;
    }

    public CommandFailure(int exitCode, ProblemException cause) {
        super(cause.problem(), cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
