package news.analysis.entity;

import static news.analysis.entity.NameWords.NAME_SUFFIXES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;
import news.events.EntityMention;
import news.events.Evidence;

/**
 * One person written several ways in one article is one entity: full names that differ by an initial, a short given
 * name or a suffix, and the last two words or more of one longer name ({@link #mergeNamesWrittenTwoWays}), and a lone
 * first or last word of exactly one person's name
 * ({@link #mergeShortForms}: "Iwaya" of "Takeshi Iwaya").
 */
final class SamePersonNames {

    /** The most names ending in one word that are compared with each other to find one person written two ways. */
    private static final int MAX_NAMES_ALIKE = 200;

    private SamePersonNames() {
    }

    /**
     * One person written two ways in one article is one entity, under the name written first: "Patrick W. Carlineo Jr"
     * and "Pat Carlineo", "Joshua Apte" and "Josh Apte", "John M. Ford" and "John Milo Ford". The family names are the
     * same (a suffix such as "Jr" aside), and so are the given names but for an initial ("M." for "Milo") or a short
     * form of up to four letters that starts the other ("Pat", "Josh"); the middle names, when both have them, too.
     * "Jeong Hye Jin" and "Jeong Jae Jin" stay two.
     */
    static void mergeNamesWrittenTwoWays(Map<String, ArticleEntity> entities) {
        List<ArticleEntity> people = entities.values().stream()
                .filter(e -> e.type.equals(EntityMention.PERSON)).toList();
        if (people.size() < 2) {
            return;
        }
        List<NameParts> names = people.stream().map(e -> NameParts.of(e.name)).toList();
        // only names that end in the same word can be one person's: each is compared with those, not with all, and
        // with the first MAX_NAMES_ALIKE of them (a text naming hundreds of Smiths is no article: no blow-up)
        Map<String, List<Integer>> byLastWord = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            List<String> words = names.get(k).words();
            List<Integer> alike = byLastWord.computeIfAbsent(words.get(words.size() - 1), w -> new ArrayList<>());
            if (alike.size() < MAX_NAMES_ALIKE) {
                alike.add(k);
            }
        }
        Set<ArticleEntity> merged = new HashSet<>();
        for (int a = 0; a < people.size(); a++) {
            ArticleEntity first = people.get(a);
            if (merged.contains(first)) {
                continue;
            }
            List<String> words = names.get(a).words();
            for (int b : byLastWord.get(words.get(words.size() - 1))) {
                if (b <= a) {
                    continue;
                }
                ArticleEntity other = people.get(b);
                if (!merged.contains(other) && names.get(a).sameAs(names.get(b))) {
                    first.evidence.addAll(other.evidence);
                    first.role = first.role != null ? first.role : other.role;
                    merged.add(other);
                }
            }
        }
        // "Eriksson Ek" after "Joel Eriksson Ek": the last words of exactly one longer name are that person's
        for (int a = 0; a < people.size(); a++) {
            List<String> words = names.get(a).words();
            if (merged.contains(people.get(a)) || words.size() < 2) {
                continue;
            }
            ArticleEntity whole = null;
            int wholes = 0;
            for (int b : byLastWord.get(words.get(words.size() - 1))) {
                List<String> longer = names.get(b).words();
                if (b != a && !merged.contains(people.get(b)) && longer.size() > words.size()
                        && longer.subList(longer.size() - words.size(), longer.size()).equals(words)
                        && names.get(a).suffix().equals(names.get(b).suffix())) {
                    whole = people.get(b);
                    wholes++;
                }
            }
            if (wholes == 1) {
                ArticleEntity tail = people.get(a);
                whole.evidence.addAll(tail.evidence);
                whole.role = whole.role != null ? whole.role : tail.role;
                merged.add(tail);
            }
        }
        entities.values().removeAll(merged);
    }

    /** A person's name in small letters, without full stops, and its suffix ("jr", "iii") apart, or "". */
    private record NameParts(List<String> words, String suffix) {

        static NameParts of(String name) {
            List<String> words = new ArrayList<>();
            for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
                words.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
            }
            boolean suffixed = words.size() > 2 && NAME_SUFFIXES.contains(words.get(words.size() - 1));
            return new NameParts(words, suffixed ? words.remove(words.size() - 1) : "");
        }

        /**
         * @return true when the two are one person's name: see {@link #mergeNamesWrittenTwoWays}; a name with a suffix
         *         and the same name without one may be father and son ("Robert Halmi Jr", "Robert Halmi"): two
         */
        boolean sameAs(NameParts other) {
            List<String> x = words;
            List<String> y = other.words;
            if (x.size() < 2 || y.size() < 2 || !x.get(x.size() - 1).equals(y.get(y.size() - 1))
                    || !suffix.equals(other.suffix) && (!suffix.isEmpty() && !other.suffix.isEmpty() || x.equals(y))
                    || !sameGivenName(x.get(0), y.get(0), true)) {
                return false;
            }
            List<String> xMiddle = x.subList(1, x.size() - 1);
            List<String> yMiddle = y.subList(1, y.size() - 1);
            if (xMiddle.isEmpty() || yMiddle.isEmpty()) {
                return true;
            }
            if (xMiddle.size() != yMiddle.size()) {
                return false;
            }
            for (int k = 0; k < xMiddle.size(); k++) {
                if (!sameGivenName(xMiddle.get(k), yMiddle.get(k), false)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @return true for the same name, an initial of the other, or (when {@code shortForm}) "Pat" for "Patrick" */
    private static boolean sameGivenName(String a, String b, boolean shortForm) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return a.equals(b) || shorter.length() == 1 && longer.charAt(0) == shorter.charAt(0)
                || shortForm && shorter.length() >= 3 && shorter.length() <= 4 && longer.startsWith(shorter);
    }

    /** Single capitalised words that are the first or last word of exactly one person count for that person. */
    static void mergeShortForms(Map<String, ArticleEntity> entities, String[] fields, String[] texts,
                                List<List<Token>> singles) {
        Map<String, Set<ArticleEntity>> byPart = new HashMap<>();
        for (ArticleEntity e : entities.values()) {
            if (e.type.equals(EntityMention.PERSON)) {
                List<Token> parts = TextTokenizer.tokenizeApart(e.name);
                int last = parts.size() - 1;
                while (last > 1 && NAME_SUFFIXES.contains(parts.get(last).norm())) {
                    last--; // "Donald Trump Jr" is "Trump", never "Jr"
                }
                if (parts.size() >= 2) {
                    for (Token p : List.of(parts.get(0), parts.get(last))) {
                        byPart.computeIfAbsent(p.norm(), k -> new LinkedHashSet<>()).add(e);
                    }
                }
            }
        }
        for (int f = 0; f < 2; f++) {
            for (Token t : singles.get(f)) {
                Set<ArticleEntity> candidates = byPart.get(t.norm());
                if (candidates != null && candidates.size() == 1) {
                    candidates.iterator().next().evidence.add(new Evidence(fields[f], t.surface(), t.start(), t.end()));
                }
            }
        }
    }
}
