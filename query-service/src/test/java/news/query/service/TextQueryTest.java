package news.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextQueryTest {

    @Test
    void wordsOfSpacedScriptsAreLeftAsWritten() {
        String q = "\"trade talks\" -tokyo or São Paulo";
        assertSame(q, TextQuery.forSearch(q));
    }

    @Test
    void aRunOfAnUnspacedScriptIsThePhraseOfItsPairs() {
        assertEquals("\"日本 本外 外长\"", TextQuery.forSearch("日本外长"));
        assertEquals("\"記者 者会 会見\" Kishida", TextQuery.forSearch("記者会見 Kishida"));
        assertEquals("tariffs \"日本\" -\"中国\"", TextQuery.forSearch("tariffs 日本 -中国"));
        assertEquals("Abe \"日本\" visit", TextQuery.forSearch("Abe日本visit"));
        assertEquals("\"한국 국은\" \"일본 본과\"", TextQuery.forSearch("한국은 일본과"));
        assertEquals("\"กร รุ ุง งเ เท ทพ\"", TextQuery.forSearch("กรุงเทพ"));
    }

    @Test
    void aQuotedPhraseOfRunsIsThePhraseOfTheirPairs() {
        assertEquals("\"東京 京都 大阪\" Osaka", TextQuery.forSearch("\"東京都 大阪\" Osaka"));
        assertEquals("-\"東京 京都", TextQuery.forSearch("-\"東京都")); // left open
    }

    @Test
    void aQuotedPhraseThatMixesInOtherWordsKeepsItsRunAsAWord() {
        // the pairs stand apart from the words in the search vector: a phrase of both could never match
        assertEquals("\"Tokyo 東京都\" \"大阪 阪府\"", TextQuery.forSearch("\"Tokyo 東京都\" 大阪府"));
    }

    @Test
    void aLoneLetterStaysItself() {
        assertEquals("中 Japan", TextQuery.forSearch("中 Japan"));
    }

    @Test
    void theRunsAPassageIsLookedForAreThoseTheQueryWants() {
        assertEquals(List.of("東京都", "大阪"), TextQuery.runs("\"Tokyo 東京都\" or 大阪 -京都 中"));
        assertEquals(List.of(), TextQuery.runs("Tokyo -\"東京\""));
    }
}
