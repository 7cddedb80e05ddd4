package news.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import news.events.CountryMention;

/** PLACEHOLDER until merged. */
public final class CountryDetector {
    public static CountryDetector fromClasspath() { return new CountryDetector(); }
    public List<CountryMention> detect(String title, String body) {
        List<CountryMention> out = new ArrayList<>();
        if (body.contains("Chin")) out.add(new CountryMention("CN", "China", 1, List.of()));
        if (body.contains("Japan")) out.add(new CountryMention("JP", "Japan", 1, List.of()));
        return out;
    }
}
