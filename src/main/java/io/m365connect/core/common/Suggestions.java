package io.m365connect.core.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for a name someone typed: the closest known name, if it is close enough to help. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        if (typed == null || typed.isBlank() || known.isEmpty()) {
            return Optional.empty();
        }
        String t = typed.trim().toLowerCase(Locale.ROOT);
        // A typed fragment of a longer name ("graph" → "blink-microsoft-graph") helps as much as a typo.
        Optional<String> containing = known.stream()
                .filter(k -> k.toLowerCase(Locale.ROOT).contains(t) && t.length() >= 3)
                .min(Comparator.comparingInt(String::length));
        if (containing.isPresent()) {
            return containing;
        }
        // Words in another order or with other joiners ("blink-graph", "iam-cloud-exchange") still name one entry.
        List<String> words = Arrays.stream(t.split("[^a-z0-9]+")).filter(w -> w.length() >= 2).toList();
        Optional<String> allWords = known.stream()
                .filter(k -> words.size() > 1 && words.stream().allMatch(w -> k.toLowerCase(Locale.ROOT).contains(w)))
                .min(Comparator.comparingInt(k -> distance(t, k.toLowerCase(Locale.ROOT))));
        if (allWords.isPresent()) {
            return allWords;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        // More than a third of the letters wrong is a different word, not a typo.
        return bestDistance <= Math.max(2, t.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** " Did you mean 'x'?" or an empty string, ready to append to a sentence. */
    public static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(s -> " Did you mean '" + s + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
