package io.m365connect.cli;

import io.m365connect.core.common.Problem;
import io.m365connect.core.common.ProblemException;
import io.m365connect.core.tenant.Cloud;
import io.m365connect.core.tenant.CloudCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cloud NAME | --cloud-file FILE}, accepted by every command that talks to a cloud. */
public final class CloudOptions {
    @Option(names = "--cloud", paramLabel = "NAME",
            description = "Cloud: global (default), gcc, gcc-high, dod, china.")
    String cloud;

    @Option(names = "--cloud-file", paramLabel = "FILE",
            description = "A custom cloud file (JSON, see README); overrides --cloud.")
    Path cloudFile;

    public Cloud resolve(CloudCatalog catalog) throws ProblemException {
        if (cloudFile != null) {
            return CloudCatalog.readCustom(cloudFile);
        }
        String id = cloud == null ? CloudCatalog.DEFAULT_CLOUD : cloud.trim();
        return catalog.find(id).orElseThrow(() -> new ProblemException(Problem.of(
                "Unknown cloud '" + id + "'.",
                "Use one of: " + String.join(", ", catalog.ids()) + ", or --cloud-file FILE.",
                "a typing error in --cloud")));
    }

    public boolean isCustom() {
        return cloudFile != null;
    }
}
