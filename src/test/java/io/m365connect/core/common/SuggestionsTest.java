package io.m365connect.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> IDS = List.of("blink-exchange-online", "blink-microsoft-graph",
            "blink-o365-management-activity", "custom-graph", "email-ropc", "iamcloud-exchange-online");

    @Test
    void typoFindsTheIntendedId() {
        assertEquals(Optional.of("email-ropc"), Suggestions.closest("emial-ropc", IDS));
    }

    @Test
    void fragmentFindsTheShortestIdContainingIt() {
        assertEquals(Optional.of("custom-graph"), Suggestions.closest("graph", IDS));
    }

    @Test
    void wordsInAnyJoinFindTheIdHoldingAllOfThem() {
        assertEquals(Optional.of("blink-microsoft-graph"), Suggestions.closest("blink-graph", IDS));
        assertEquals(Optional.of("iamcloud-exchange-online"), Suggestions.closest("iam-cloud-exchange", IDS));
    }

    @Test
    void somethingElseEntirelyGetsNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closest("salesforce", IDS));
        assertEquals("", Suggestions.didYouMean("salesforce", IDS));
    }

    @Test
    void didYouMeanIsASentence() {
        assertEquals(" Did you mean 'Mail.Read'?", Suggestions.didYouMean("Mail.Raed", List.of("Mail.Read", "Mail.Send")));
    }
}
