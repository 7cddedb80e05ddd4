package news.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeModelTest {

    /** "Aa" and "BB" have the same String hash: the two features land on the same slot and must stay apart. */
    private static final ThemeModel MODEL = new ThemeModel(List.of("trade", ThemeModel.NONE), new double[] {0, 0},
            Map.of("w:Aa", new float[] {3, 0}, "w:BB", new float[] {-3, 0}, "b:tariff_rise", new float[] {2, -1}),
            List.of("a test model"));

    private static double trade(String... features) {
        List<FeatureExtractor.Occurrence> occurrences = java.util.Arrays.stream(features)
                .map(f -> new FeatureExtractor.Occurrence(f, 0, 1)).toList();
        return MODEL.probabilities(occurrences)[0];
    }

    @Test
    void featuresWithTheSameHashKeepTheirOwnWeights() {
        assertEquals("w:Aa".hashCode(), "w:BB".hashCode());
        assertTrue(trade("w:Aa") > 0.95, "w:Aa speaks for trade");
        assertTrue(trade("w:BB") < 0.05, "w:BB speaks against it");
        assertEquals(0.5, trade("w:Ab", "w:tariff"), 1e-9, "features the model does not know change nothing");
    }

    @Test
    void aFeatureIsFoundByThePartsOfItsName() {
        assertEquals("w:BB", MODEL.name("w:BB".hashCode(), 'w', "BB", null), "not w:Aa, of the same hash");
        assertEquals("w:Aa", MODEL.name("w:Aa".hashCode(), 'w', "Aa", null));
        assertEquals("b:tariff_rise", MODEL.name("b:tariff_rise".hashCode(), 'b', "tariff", "rise"));
        assertNull(MODEL.name("b:tariff_ris".hashCode(), 'b', "tariff", "ris"));
        assertNull(MODEL.name("w:tariff".hashCode(), 'w', "tariff", null));
    }

    @Test
    void theEncodingOfATextWeighsBesideItsWords() throws IOException {
        ThemeModel model = new ThemeModel(List.of("trade", ThemeModel.NONE), new double[] {0, 0},
                Map.of("w:tariff", new float[] {1, 0}, "e:0", new float[] {0, 0}, "e:1", new float[] {-8, 8}),
                List.of("a model of short texts"));
        ThemeModel.Features features = model.features();
        ThemeModel.Vector tariff = model.vector(features, new int[0],
                features.numbers(List.of(new FeatureExtractor.Occurrence("w:tariff", 0, 6))), 1);

        assertEquals(2, model.dimensions());
        assertEquals(0, MODEL.dimensions(), "a model of words alone");
        assertTrue(model.probabilities(features, tariff)[0] > 0.7, "the word alone speaks for trade");
        assertTrue(model.probabilities(features, tariff, new float[] {0.6f, -0.8f})[0] > 0.99);
        assertTrue(model.probabilities(features, tariff, new float[] {0.6f, 0.8f})[0] < 0.01,
                "an encoding far from trade outweighs the word");
        assertThrows(IllegalArgumentException.class, () -> model.probabilities(features, tariff, new float[3]));

        StringWriter written = new StringWriter();
        model.write(written);
        assertEquals(2, ThemeModel.read(new ByteArrayInputStream(written.toString().getBytes(StandardCharsets.UTF_8)))
                .dimensions());
    }

    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        StringWriter written = new StringWriter();
        MODEL.write(written);
        assertEquals("""
                # a test model
                classes\ttrade\tnone
                bias\t0\t0
                b:tariff_rise\t0:2\t1:-1
                w:Aa\t0:3
                w:BB\t0:-3
                """, written.toString());
        ThemeModel read = ThemeModel.read(new ByteArrayInputStream(written.toString().getBytes(StandardCharsets.UTF_8)));
        StringWriter again = new StringWriter();
        read.write(again);
        assertEquals(written.toString(), again.toString());
    }
}
