package io.m365connect.ui.common;

import java.util.Objects;

/** A labelled web address a view shows as a hyperlink. */
public record Link(String label, String url) {
    public Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
