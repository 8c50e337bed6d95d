package io.m365connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.m365connect.core.Services;
import io.m365connect.core.net.HttpSettings;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What a CLI call builds before it runs (issue #3): only the command it names, and no service it does not use. */
class CliStartupTest {
    private static final Path CERTS = Path.of("src/test/resources/certs");

    @TempDir
    Path out;

    private static <T> Supplier<T> unused(String what) {
        return () -> {
            throw new AssertionError(what + " was built, but the cert commands do not use it");
        };
    }

    /** Services whose version, catalogs and token service fail the test when anything builds or reads them. */
    private static Services withoutCatalogs() {
        return new Services(unused("the version"), Path.of("target/test-home"), unused("the cloud catalog"),
                unused("the recipe catalog"), HttpSettings.defaults(), unused("a practice tenant"),
                unused("the token service"), unused("the error catalog"), unused("the keychain"));
    }

    private static CliRun run(Services services, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.run(args, services, new PrintWriter(o, true), new PrintWriter(e, true),
                new ByteArrayInputStream(new byte[0]));
        return new CliRun(code, o.toString(), e.toString());
    }

    @Test
    void certCommandsBuildNeitherCatalogsNorTheTokenService() {
        String pfx = CERTS.resolve("openssl3-default.pfx").toString();
        Services services = withoutCatalogs();

        CliRun convert = run(services, "cert", "convert", pfx, "--to", "pem", "--passin", "pass:Test1234",
                "--out", out.toString());
        CliRun inspect = run(services, "cert", "inspect", pfx, "--passin", "pass:Test1234");
        CliRun check = run(services, "cert", "check", pfx, "--passin", "pass:Test1234", "--needs-private-key");

        assertEquals(0, convert.exitCode(), convert.err());
        assertTrue(Files.isRegularFile(out.resolve("openssl3-default.key.pem")), convert.out());
        assertEquals(0, inspect.exitCode(), inspect.err());
        assertEquals(0, check.exitCode(), check.err());
    }

    @Test
    void convertJsonListsEachInputWithItsFilesOrItsError() throws Exception {
        CliRun r = run(withoutCatalogs(), "cert", "convert", CERTS.resolve("app.crt").toString(),
                CERTS.resolve("picture.pfx").toString(), "--to", "cer", "--out", out.toString(), "--json");

        assertEquals(2, r.exitCode(), r.err());
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertEquals(false, doc.get("ok").asBoolean());
        assertEquals(CERTS.resolve("app.crt").toString(), doc.at("/files/0/input").asText());
        assertEquals(true, doc.at("/files/0/ok").asBoolean());
        assertEquals(out.resolve("app.cer").toString(), doc.at("/files/0/written/0").asText());
        assertEquals(false, doc.at("/files/1/ok").asBoolean());
        assertEquals("NOT_A_CERTIFICATE", doc.at("/files/1/error/kind").asText());
        assertTrue(doc.at("/files/1/written").isMissingNode(), "a failed input lists no files");
    }

    @Test
    void onlyTheCommandTheArgumentsNameIsRegistered() {
        assertEquals(List.of(CertCommand.class), Cli.commandsFor(new String[] {"cert", "convert", "recipes.pfx"}));
        assertEquals(List.of(CertCommand.class), Cli.commandsFor(new String[] {"--debug", "cert", "inspect", "a"}));
        assertEquals(List.of(RecipesCommand.class), Cli.commandsFor(new String[] {"recipes", "show", "cert"}));
    }

    @Test
    void helpAndUnknownCommandsSeeEveryCommand() {
        assertEquals(Cli.COMMANDS, Cli.commandsFor(new String[] {"--help"}));
        assertEquals(Cli.COMMANDS, Cli.commandsFor(new String[] {}));
        assertEquals(Cli.COMMANDS, Cli.commandsFor(new String[] {"cer", "convert"}));

        CliRun help = run(withoutCatalogs(), "--help");
        for (Class<?> command : Cli.COMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            assertTrue(help.out().lines().anyMatch(l -> l.startsWith("  " + name + " ")), name + " in:\n" + help.out());
        }
        CliRun typo = run(withoutCatalogs(), "cer");
        assertEquals(ExitCodes.USAGE, typo.exitCode());
        assertTrue(typo.err().contains("Did you mean: m365-connect cert"), typo.err());
    }

    @Test
    void aGroupRegistersOnlyTheSubcommandNamedAndAllOfThemForHelpAndTypos() {
        List<String> words = Cli.words(new String[] {"--debug", "cert", "convert", "app.pfx", "--to", "pem"});
        assertEquals(List.of(CertConvertCommand.class), Cli.named(CertCommand.SUBCOMMANDS, words, 1));
        assertEquals(CertCommand.SUBCOMMANDS, Cli.named(CertCommand.SUBCOMMANDS, Cli.words(new String[] {"cert"}), 1));

        CliRun help = run(withoutCatalogs(), "cert", "--help");
        for (String name : List.of("inspect", "check", "convert", "generate")) {
            assertTrue(help.out().lines().anyMatch(l -> l.startsWith("  " + name + " ")), name + " in:\n" + help.out());
        }
        CliRun typo = run(withoutCatalogs(), "cert", "conver", "app.pfx");
        assertEquals(ExitCodes.USAGE, typo.exitCode());
        assertTrue(typo.err().contains("Did you mean: cert convert"), typo.err());
        CliRun debug = run(withoutCatalogs(), "cert", "convert", "--debug", "missing.pfx", "--to", "cer");
        assertEquals(ExitCodes.USAGE, debug.exitCode(), debug.err());
        assertTrue(debug.err().contains("missing.pfx"), debug.err());
    }

    /** commandsFor takes the first argument that is not an option as the command: true while no root option takes a value. */
    @Test
    void noRootOptionTakesAValue() {
        List<Field> options = Arrays.stream(Cli.Root.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(Option.class)).toList();

        assertEquals(List.of("debug"), options.stream().map(Field::getName).toList());
        assertTrue(options.stream().allMatch(f -> f.getType() == boolean.class),
                "a root option with a value would be taken for the command's name");
    }
}
