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
    void harmAndRescueInNewsWordsHaveTheirSideAndDirectionAloneHasNone() {
        Tone bankrupt = SCORER.score("Airline files for bankruptcy", "The carrier was shut after a fraud inquiry and"
                + " layoffs of 5,000 staff.");
        assertEquals(0, bankrupt.positive());
        assertEquals(5, bankrupt.negative(), "tone " + bankrupt); // bankruptcy in the title twice, shut, fraud, layoffs
        Tone rescued = SCORER.score(null, "Twelve miners were rescued alive 41 hours after the explosion.");
        assertTrue(rescued.score() > 0, "tone " + rescued);
        // what rises or falls decides, not the direction: no side for market figures
        Tone figures = SCORER.score(null, "The index fell 2 percent while bond yields rose and exports declined.");
        assertEquals(0, figures.positive() + figures.negative(), "tone " + figures);
    }

    @Test
    void neutralOrEmptyTextIsZero() {
        assertEquals(0.0, SCORER.score(null, "The committee met on Tuesday in the capital.").score());
        assertEquals(new Tone(0.0, 0, 0, 0), SCORER.score(null, null));
    }
}
