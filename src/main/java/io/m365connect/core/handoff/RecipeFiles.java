package io.m365connect.core.handoff;

import io.m365connect.core.recipe.Recipe;
import java.util.List;

/**
 * The credential files a recipe's target takes: a PEM pair for targets that ask for PEM text or files, a PFX
 * for targets that ask for one, and always the certificate alone as {@code app.cer} for the app registration's
 * "Upload certificate". A secret or a user sign-in needs no files.
 */
public final class RecipeFiles {
    public static final String CERTIFICATE_PEM = "app.crt.pem";
    public static final String PRIVATE_KEY_PEM = "app.key.pem";
    public static final String PFX = "connector.pfx";
    public static final String CER = "app.cer";

    /** One file of the plan; {@code privateFile} files hold key material and are written owner-only. */
    public enum Kind {
        CERTIFICATE_PEM(RecipeFiles.CERTIFICATE_PEM, false),
        PRIVATE_KEY_PEM(RecipeFiles.PRIVATE_KEY_PEM, true),
        PFX(RecipeFiles.PFX, true),
        CER(RecipeFiles.CER, false);

        private final String fileName;
        private final boolean privateFile;

        Kind(String fileName, boolean privateFile) {
            this.fileName = fileName;
            this.privateFile = privateFile;
        }

        public String fileName() {
            return fileName;
        }

        public boolean privateFile() {
            return privateFile;
        }
    }

    private RecipeFiles() {
    }

    /** The files for this session's credential, in the order they are written. */
    public static List<Kind> plan(HandoffSession session) {
        if (!(session.credential() instanceof HandoffCredential.Certificate)) {
            return List.of();
        }
        return asksForPfx(session.recipe()) ? List.of(Kind.PFX, Kind.CER)
                : List.of(Kind.CERTIFICATE_PEM, Kind.PRIVATE_KEY_PEM, Kind.CER);
    }

    public static List<String> names(HandoffSession session) {
        return plan(session).stream().map(Kind::fileName).toList();
    }

    /** Whether the target takes a PFX file (and its password) rather than PEM text or files. */
    public static boolean asksForPfx(Recipe recipe) {
        return recipe.outputs().stream().anyMatch(o -> o.source().equals("pfxFile") || o.source().equals("pfxPassword"));
    }
}
