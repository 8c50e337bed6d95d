package io.m365connect.cli;

import io.m365connect.core.Services;
import java.io.InputStream;
import java.io.PrintWriter;

/** What every command gets: the core services and the terminal's streams (tests pass their own). */
public record CliContext(Services services, PrintWriter out, PrintWriter err, InputStream in) {
}
