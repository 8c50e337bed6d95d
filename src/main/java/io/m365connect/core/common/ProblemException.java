package io.m365connect.core.common;

/** An expected failure that carries a {@link Problem} for the person; the message is the problem's summary. */
public class ProblemException extends Exception {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Throwable cause) {
        super(problem.summary(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
