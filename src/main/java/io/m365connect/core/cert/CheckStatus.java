package io.m365connect.core.cert;

/** The outcome of one certificate check, with the mark people see. */
public enum CheckStatus {
    PASS("✔"), WARN("⚠"), FAIL("✖");

    private final String mark;

    CheckStatus(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }
}
