package news.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * A question about an element that its own tag or classes may settle and otherwise its parent's answer does ("is it
 * inside a footer?", "inside a blockquote?"). Each element's answer is noted, so asking it of every one of thousands
 * of elements nested in one another looks at each element once, not once per element below it. One per page.
 */
final class AncestorTest {

    private final Function<Element, Boolean> verdict;
    private final Map<Element, Boolean> known = new IdentityHashMap<>();

    /**
     * @param verdict what an element says of itself and all it holds: true, false, or null when that is up to its
     *                parent
     */
    AncestorTest(Function<Element, Boolean> verdict) {
        this.verdict = verdict;
    }

    /** @return the element's own verdict, else its nearest ancestor's that gives one; false when none does */
    boolean test(Element e) {
        Boolean k = known.get(e);
        if (k == null) {
            Boolean own = verdict.apply(e);
            k = own != null ? own : e.parent() != null && test(e.parent());
            known.put(e, k);
        }
        return k;
    }
}
