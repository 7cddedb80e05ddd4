package news.analysis.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.events.Evidence;
import news.events.ThemeTag;

/** PLACEHOLDER until merged. */
public final class ThemeTagger {
    public static ThemeTagger fromClasspath() { return new ThemeTagger(); }
    public String taxonomyVersion() { return "placeholder"; }
    public List<ThemeTag> tag(String title, String body) {
        List<ThemeTag> tags = new ArrayList<>();
        String[][] cues = {{"trade", "medtop:20000373", "trad"}, {"security", "medtop:20000604", "security"}, {"environment", "medtop:06000000", "environment"}, {"diplomacy", "medtop:20000638", "diplomat"}};
        for (String[] c : cues) {
            int i = body.toLowerCase(Locale.ROOT).indexOf(c[2]);
            if (i >= 0) tags.add(new ThemeTag(c[0], c[0], c[1], 0.5, List.of(new Evidence("body", body.substring(i, i + c[2].length()), i, i + c[2].length()))));
        }
        return tags;
    }
}
