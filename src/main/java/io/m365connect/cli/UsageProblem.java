package io.m365connect.cli;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;

/** Bad input from the command line: exit code 2. */
public final class UsageProblem extends ProblemException {
    public UsageProblem(Problem problem) {
        super(problem);
    }

    public static UsageProblem of(String summary, String fix) {
        return new UsageProblem(Problem.of(summary, fix));
    }
}
