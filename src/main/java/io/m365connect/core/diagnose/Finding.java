package io.m365connect.core.diagnose;

import io.m365connect.core.common.Problem;
import io.m365connect.core.probe.Layer;
import java.util.List;
import java.util.Objects;

/** One thing to fix: the layer, which check showed it, the problem, and the lines to run or pages to open. */
public record Finding(Layer layer, String check, Problem problem, List<String> linesToRun, List<Link> links) {

    /** A page to open for the fix. */
    public record Link(String label, String url) {
    }

    public Finding {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(problem, "problem");
        linesToRun = List.copyOf(linesToRun == null ? List.of() : linesToRun);
        links = links == null ? List.of() : links.stream().filter(l -> !l.url().isBlank()).toList();
    }
}
