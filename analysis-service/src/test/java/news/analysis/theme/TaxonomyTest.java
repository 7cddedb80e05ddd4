package news.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The taxonomy's IPTC codes against the IPTC Media Topic vocabulary in ../shared/corpora/iptc-media-topics and the
 * mapping table of ../shared/corpora/news-topics/README.md: a user joins our tags with other feeds by these codes.
 */
class TaxonomyTest {

    private static final Path CORPORA = Path.of(System.getProperty("shared.dir", "../../shared"), "corpora");
    private static final Taxonomy TAXONOMY = Taxonomy.fromClasspath();

    @Test
    void everyThemeCarriesACurrentIptcMediaTopicWithItsName() throws Exception {
        Path vocabulary = CORPORA.resolve("iptc-media-topics/iptc-media-topics.json");
        assumeTrue(Files.exists(vocabulary), "../shared/corpora is absent: IPTC check skipped");
        JsonNode topics = new ObjectMapper().readTree(vocabulary.toFile());
        List<String> wrong = new ArrayList<>();
        for (Taxonomy.Theme theme : TAXONOMY.themes()) {
            JsonNode topic = topics.path(theme.iptcCode());
            if (topic.isMissingNode()) {
                wrong.add(theme.id() + ": " + theme.iptcCode() + " is not an IPTC Media Topic");
            } else if (!topic.path("RetiredDate").isNull()) {
                wrong.add(theme.id() + ": " + theme.iptcCode() + " was retired " + topic.path("RetiredDate").asText());
            } else if (!topic.path("Name (en-GB)").asText().equals(theme.iptcName())) {
                wrong.add(theme.id() + ": " + theme.iptcCode() + " is named '" + topic.path("Name (en-GB)").asText()
                        + "', not '" + theme.iptcName() + "'");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void themesMappedFromTheCapCorpusCarryTheCodeItsReadmeGives() throws Exception {
        Path readme = CORPORA.resolve("news-topics/README.md");
        assumeTrue(Files.exists(readme), "../shared/corpora is absent: mapping check skipped");
        // a table row: | CAP code | CAP topic | items | `theme` | medtop:NNNNNNNN name, ... |
        Matcher row = Pattern.compile("\\|\\s*`([a-z-]+)`\\s*\\|\\s*(medtop:\\d{8})").matcher(Files.readString(readme));
        int rows = 0;
        while (row.find()) {
            rows++;
            assertEquals(row.group(2), TAXONOMY.theme(row.group(1)).iptcCode(), "theme " + row.group(1));
        }
        assertTrue(rows >= 15, "mapping rows found: " + rows);
    }
}
