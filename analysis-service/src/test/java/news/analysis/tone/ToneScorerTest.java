package news.analysis.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import news.events.Tone;
import org.junit.jupiter.api.Test;

class ToneScorerTest {

    private static final ToneScorer SCORER = ToneScorer.fromClasspath();

    @Test
    void positiveAndNegativeTextsScoreOnTheirSideWithCounts() {
        Tone good = SCORER.score(null, "The talks were a success and both sides welcomed the progress.");
        assertTrue(good.score() > 0.5, "tone " + good);
        assertEquals(3, good.positive());
        assertEquals(0, good.negative());
        assertEquals(11, good.words());
        Tone bad = SCORER.score(null, "The talks failed amid tensions, and officials warned of a crisis.");
        assertTrue(bad.score() < -0.5, "tone " + bad);
    }

    @Test
    void negationFlipsAWordAndTitlesCountTwice() {
        Tone t = SCORER.score(null, "The plan was not successful.");
        assertEquals(0, t.positive());
        assertEquals(1, t.negative());
        assertEquals(2, SCORER.score("Success", "").positive());
    }

    @Test
    void neutralOrEmptyTextIsZero() {
        assertEquals(0.0, SCORER.score(null, "The committee met on Tuesday in the capital.").score());
        assertEquals(new Tone(0.0, 0, 0, 0), SCORER.score(null, null));
    }
}
