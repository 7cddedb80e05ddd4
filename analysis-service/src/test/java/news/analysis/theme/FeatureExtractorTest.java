package news.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.analysis.theme.FeatureExtractor.Occurrence;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private static final String TEXT =
            "Tariffs rise again; Beijing’s café owners protest the new duties on São Paulo and Łódź coffee.";

    @Test
    void aVocabularyThatMayKnowEveryNameGetsEveryName() {
        List<Occurrence> all = FeatureExtractor.extract(TEXT);
        Set<Integer> hashes = all.stream().map(o -> o.feature().hashCode()).collect(Collectors.toSet());
        // the names are told apart by hashes the extractor computes without building the names (one of them not
        // ASCII: "łodz"): they must agree
        assertEquals(all, FeatureExtractor.extract(TEXT, hashes::contains));
    }

    @Test
    void aFeatureTheVocabularyLacksKeepsItsPlaceWithoutItsName() {
        List<Occurrence> all = FeatureExtractor.extract(TEXT);
        List<Occurrence> known = FeatureExtractor.extract(TEXT, hash -> hash == "w:tariff".hashCode());
        assertEquals(all.size(), known.size());
        for (int k = 0; k < all.size(); k++) {
            Occurrence full = all.get(k);
            String expected = full.feature().equals("w:tariff") ? "w:tariff"
                    : full.feature().startsWith("w:") ? FeatureExtractor.UNKNOWN_WORD : FeatureExtractor.UNKNOWN_BIGRAM;
            assertEquals(new Occurrence(expected, full.start(), full.end()), known.get(k));
        }
        assertEquals("w:tariff", all.get(0).feature());
        assertEquals(List.of("w:tariff", "w:ris", "b:tariff_ris"),
                all.subList(0, 3).stream().map(Occurrence::feature).toList());
    }
}
