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

    /** A vocabulary of these names, which finds a name only by its right hash. */
    private static FeatureExtractor.Vocabulary vocabulary(Set<String> names) {
        return (hash, kind, first, second) -> {
            String name = FeatureExtractor.ALL.name(hash, kind, first, second);
            return names.contains(name) && name.hashCode() == hash ? name : null;
        };
    }

    @Test
    void aVocabularyThatKnowsEveryNameGetsEveryName() {
        List<Occurrence> all = FeatureExtractor.extract(TEXT);
        Set<String> names = all.stream().map(Occurrence::feature).collect(Collectors.toSet());
        // a vocabulary finds a name by the hash the extractor computes without building the name (one of them not
        // ASCII: "łodz"): the two must agree
        assertEquals(all, FeatureExtractor.extract(TEXT, vocabulary(names)));
    }

    @Test
    void aFeatureTheVocabularyLacksKeepsItsPlaceWithoutItsName() {
        List<Occurrence> all = FeatureExtractor.extract(TEXT);
        List<Occurrence> known = FeatureExtractor.extract(TEXT, vocabulary(Set.of("w:tariff")));
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
