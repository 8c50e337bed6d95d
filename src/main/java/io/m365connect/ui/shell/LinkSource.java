package io.m365connect.ui.shell;

import io.m365connect.ui.common.Link;
import java.util.List;

/** Web pages that help with the draft as it stands (portal pages, consent links), for its cloud and tenant. */
@FunctionalInterface
public interface LinkSource {
    /** The links that can be built now; fewer (or none) while the tenant or client ID is missing or invalid. */
    List<Link> linksFor(WizardSession session);

    static LinkSource none() {
        return s -> List.of();
    }
}
