package io.m365connect.core.diagnose;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.m365connect.core.auth.ErrorExplanations;
import io.m365connect.core.auth.FailureLayer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * catalog/errors.json: what an error from Entra ID (AADSTS, OAuth), the Management Activity API (AF), Graph or a
 * mail server means and what to do, in plain words. Validated at load: a wrong entry fails with file and line.
 */
public final class ErrorCatalog implements ErrorExplanations {
    public static final String RESOURCE = "/io/m365connect/catalog/errors.json";

    /** One section of the file per source of errors. */
    public enum Section {
        AADSTS, OAUTH, AF, GRAPH, MAIL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Layers an entry may point at: the sign-in ones plus those the probes diagnose. */
    static final Set<String> LAYERS = layers();

    /** One explained error. {@code layer} is one of {@link #LAYERS}. */
    public record Entry(Section section, String code, String title, String meaning, String fix, String layer,
                        String source) {
        /** How a person refers to it: {@code AADSTS7000215}, {@code AF20010}, {@code invalid_client}. */
        public String displayCode() {
            return section == Section.AADSTS ? "AADSTS" + code : code;
        }
    }

    /** The file's shape of one entry; section comes from where it sits. */
    private record RawEntry(String code, String title, String meaning, String fix, String layer, String source) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern AADSTS = Pattern.compile("AADSTS\\s*(\\d{4,8})", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*(\\d{4,8})\\s*");
    private static final Pattern AF = Pattern.compile("\\bAF(\\d{5})\\b", Pattern.CASE_INSENSITIVE);

    private final Map<Section, Map<String, Entry>> entries;

    private ErrorCatalog(Map<Section, Map<String, Entry>> entries) {
        this.entries = entries;
    }

    public static ErrorCatalog loadBuiltIn() {
        try (InputStream in = ErrorCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads and validates a catalog; any fault names {@code name} and the line. */
    public static ErrorCatalog parse(InputStream in, String name) throws IOException {
        Map<Section, Map<String, Entry>> result = new EnumMap<>(Section.class);
        try (JsonParser p = MAPPER.createParser(in)) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, name, "the file must be one JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                if ("description".equals(key)) {
                    p.skipChildren();
                    continue;
                }
                Section section = sectionOf(key).orElseThrow(() -> fault(p, name, "unknown section '" + key
                        + "' (known: description, " + Arrays.stream(Section.values()).map(Section::key)
                        .collect(Collectors.joining(", ")) + ")"));
                expect(p, p.currentToken() == JsonToken.START_ARRAY, name, "section '" + key + "' must be a list");
                result.put(section, readSection(p, section, name));
            }
        }
        for (Section s : Section.values()) {
            result.putIfAbsent(s, Map.of());
        }
        return new ErrorCatalog(result);
    }

    private static Map<String, Entry> readSection(JsonParser p, Section section, String name) throws IOException {
        Map<String, Entry> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int line = p.currentLocation().getLineNr();
            RawEntry raw = p.readValueAs(RawEntry.class);
            String where = name + " line " + line + " (" + section.key() + ")";
            require(raw.code() != null && !raw.code().isBlank(), where, "an entry has no code");
            require(section != Section.AADSTS && section != Section.AF || raw.code().matches("\\d+"), where,
                    "code '" + raw.code() + "' must be digits only");
            require(notBlank(raw.title()) && notBlank(raw.meaning()) && notBlank(raw.fix()), where,
                    "entry " + raw.code() + " needs title, meaning and fix");
            require(notBlank(raw.source()), where, "entry " + raw.code() + " needs its source");
            require(raw.layer() != null && LAYERS.contains(raw.layer()), where, "entry " + raw.code()
                    + " has layer '" + raw.layer() + "'; known layers: " + String.join(", ", LAYERS));
            String key = normalise(section, raw.code());
            require(!map.containsKey(key), where, "code " + raw.code() + " appears twice");
            map.put(key, new Entry(section, raw.code(), raw.title(), raw.meaning(), raw.fix(), raw.layer(),
                    raw.source()));
        }
        return Map.copyOf(map);
    }

    public Optional<Entry> find(Section section, String code) {
        return Optional.ofNullable(entries.get(section).get(normalise(section, code)));
    }

    public List<Entry> all(Section section) {
        return List.copyOf(entries.get(section).values());
    }

    @Override
    public Optional<Explanation> aadsts(int code) {
        return find(Section.AADSTS, Integer.toString(code)).map(ErrorCatalog::toExplanation);
    }

    @Override
    public Optional<Explanation> oauthError(String error) {
        return error == null ? Optional.empty() : find(Section.OAUTH, error).map(ErrorCatalog::toExplanation);
    }

    /**
     * Every known error mentioned in {@code text}: a bare number ("7000215"), "AADSTS7000215", a whole pasted
     * error message, an AF code, or an OAuth/Graph/mail code. Unknown AADSTS numbers come back as
     * {@link Lookup#unknown} so the person learns where to look them up.
     */
    public List<Lookup> explain(String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<Lookup> found = new ArrayList<>();
        Matcher bare = BARE_NUMBER.matcher(text);
        Matcher aadsts = bare.matches() ? bare : AADSTS.matcher(text);
        aadsts.reset();
        while (aadsts.find()) {
            String code = aadsts.group(1);
            if (seen.add("AADSTS" + code)) {
                found.add(find(Section.AADSTS, code).map(Lookup::known).orElse(Lookup.unknown("AADSTS" + code)));
            }
        }
        Matcher af = AF.matcher(text);
        while (af.find()) {
            String code = af.group(1);
            if (seen.add("AF" + code)) {
                found.add(find(Section.AF, code).map(Lookup::known).orElse(Lookup.unknown("AF" + code)));
            }
        }
        for (Section s : List.of(Section.OAUTH, Section.GRAPH, Section.MAIL)) {
            for (Entry e : entries.get(s).values()) {
                if (mentions(text, e.code()) && seen.add(s.key() + ":" + e.code())) {
                    found.add(Lookup.known(e));
                }
            }
        }
        return found;
    }

    /** A code looked up: the entry, or a code the catalog does not know. */
    public record Lookup(String code, Optional<Entry> entry) {
        static Lookup known(Entry e) {
            return new Lookup(e.displayCode(), Optional.of(e));
        }

        static Lookup unknown(String code) {
            return new Lookup(code, Optional.empty());
        }

        /** Where Microsoft explains any AADSTS code, for those not in the catalog. */
        public Optional<String> lookupUrl() {
            return code.startsWith("AADSTS")
                    ? Optional.of("https://login.microsoftonline.com/error?code=" + code.substring(6))
                    : Optional.empty();
        }
    }

    private static boolean mentions(String text, String code) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(code) + "(?![\\w])", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }

    private static Explanation toExplanation(Entry e) {
        FailureLayer layer = FailureLayer.fromId(e.layer()).orElse(FailureLayer.SERVICE);
        return new Explanation(e.displayCode(), e.title(), e.meaning(), e.fix(), layer);
    }

    private static String normalise(Section section, String code) {
        String c = code.trim();
        return section == Section.AADSTS || section == Section.AF ? c : c.toLowerCase(Locale.ROOT);
    }

    private static Optional<Section> sectionOf(String key) {
        return Arrays.stream(Section.values()).filter(s -> s.key().equals(key)).findFirst();
    }

    private static Set<String> layers() {
        Set<String> set = new LinkedHashSet<>();
        for (FailureLayer l : FailureLayer.values()) {
            set.add(l.id());
        }
        set.addAll(List.of("permission", "role", "mailbox", "license"));
        return Set.copyOf(set);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, String where, String what) throws IOException {
        if (!ok) {
            throw new IOException(where + ": " + what);
        }
    }

    private static void expect(JsonParser p, boolean ok, String name, String what) throws IOException {
        if (!ok) {
            throw fault(p, name, what);
        }
    }

    private static IOException fault(JsonParser p, String name, String what) {
        return new IOException(name + " line " + p.currentLocation().getLineNr() + ": " + what);
    }
}
