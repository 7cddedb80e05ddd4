package news.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadlineEncoderTest {

    private static final HeadlineEncoder ENCODER = HeadlineEncoder.shared();

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot; // both are unit length
    }

    @Test
    void headlinesAboutTheSameThingAreCloserThanHeadlinesAboutDifferentThings() {
        float[] tariffs = ENCODER.encode("Washington raises tariffs on Chinese steel");
        float[] duties = ENCODER.encode("New import duties hit foreign steel makers");
        float[] football = ENCODER.encode("Late goal wins the cup for Riverside");

        assertEquals(384, tariffs.length);
        assertEquals(1.0, cosine(tariffs, tariffs), 1e-4, "unit length");
        assertTrue(cosine(tariffs, duties) > cosine(tariffs, football) + 0.2,
                cosine(tariffs, duties) + " vs " + cosine(tariffs, football));
    }

    @Test
    void aLongTextIsEncodedByItsStartAndABlankOneAsNothing() {
        // the encoder reads 510 word pieces a pass: a megabyte would take seconds, for a text the model of short
        // texts reads as a headline
        String start = "Tariffs on steel imports. " + "... ".repeat((HeadlineEncoder.MAX_CHARS - 26) / 4) + "xx";
        assertEquals(HeadlineEncoder.MAX_CHARS, start.length());

        assertArrayEquals(ENCODER.encode(start), ENCODER.encode(start + "... ".repeat(250_000)));
        assertArrayEquals(new float[384], ENCODER.encode(" \n "));
    }
}
