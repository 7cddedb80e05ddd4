package news.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The words of the elements' class, id, role and data-component attributes, kept for the page (pages repeat the
 * same few class names on thousands of elements), and what each word says (noise, layout, content, ...), kept
 * across pages up to {@link #KNOWN_WORDS} words (sites share most of their class names).
 */
final class ClassWords {

    /** "Comments" as the languages around name a comment section (Spanish, Portuguese, French, German, ...). */
    private static final String COMMENTS_ABROAD = "comentarios|comentários|commentaires|kommentare|commenti|reacties"
            + "|komentarze|komentáře";
    /**
     * Class/id words that mark furniture whatever the element holds. "widget" counts only as a name's head word
     * ("widget", "widget_text", "widget-area": sidebar widgets); inside a longer name ("elementor-widget-text-editor",
     * "ck-widget") it names a page builder's building block, which holds the article as often as furniture.
     */
    private static final Pattern STRONG_NOISE_WORD = Pattern.compile("^widgets?(?:$|[-_])|(?:^|[-_])(?:comments?|commentlist|comment-list|disqus|respond"
            + "|" + COMMENTS_ABROAD
            // WordPress plugins: Jetpack's sharing and like buttons and related posts, other sharing bars (Shareaholic,
            // Easy Social Share Buttons, AddToAny, Ultimate Social Media Icons), Mailchimp's sign-up form, WordAds
            + "|sharedaddy|jp-relatedposts|shareaholic|essb|a2a|addtoany|sfsi|mc4wp|wpcnt"
            + "|cookies?|cookie-banner|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|related|share|shares|sharing"
            + "|sharer|social|socials|social-links|sidebar|advert|advertisement|advertising|ads?|adslot|ad-slot|dfp|taboola"
            + "|outbrain|recommended|recommendations|recirc|popular|trending|most-read|mostread|more-stories|read-more|readmore|cta"
            + "|read-next|next-article|prev-next|paywall|promo|promos|sponsored|breadcrumbs?|pagination|pager|skip-link|sr-only"
            + "|screen-reader-text|visually-hidden|visuallyhidden|modal|popup|overlay|toolbar|tags|tag-list|taglist|post-tags"
            + "|entry-tags|author-bio|author-box|authorbox|about-author|author-info|byline|bylines|share-bar"
            + "|navbar|nav|navigation|menu|footer|foot|site-footer|masthead|site-header|topbar|hidden|d-none|jump-links|toc"
            + "|table-of-contents|newsletter-signup|inline-newsletter|subscribe-box|print|login|rating|reactions|follow"
            + "|contact-us|contact-form|get-in-touch|work-with-us|controls)(?:$|[-_])");
    private static final Pattern WEAK_NOISE_WORD = Pattern.compile("(?:^|[-_])(?:header|meta|entry-meta|post-meta|article-meta"
            + "|caption|credit|credits|attrib|author|date|dateline|timestamp|info|extra|links|related-links|aside|banner"
            + "|photo-credit|disclaimer|tools|actions|utility|kicker|eyebrow|category|categories|badge|label)(?:$|[-_])");
    /**
     * Class words that describe a state or a look, not what the element is: "has-sidebar", "is-author", and utility
     * classes named after a CSS property ("font-utility-2", "bg-label", "border-header" on a table's cells).
     */
    private static final Pattern LAYOUT_WORD = Pattern.compile("^(?:has|with|without|no|and|w|is|show|hide-on"
            + "|font|bg|border|color|leading|tracking)[-_]");
    /** A comment section's name, in English and the languages around ("comentarios_lectores", "kommentare"). */
    private static final Pattern COMMENTS_WORD = Pattern.compile("^(?:comments?|commentlist|comment-list|comments-area|comments-section|disqus_thread|respond|replies|discussion"
            + "|" + COMMENTS_ABROAD + ")$|^(?:comments?|user-comments|" + COMMENTS_ABROAD + ")[-_]");
    private static final Pattern CONTENT_WORD = Pattern.compile("(?:^|[-_])(?:content|article|entry|story|body|text|post)(?:$|[-_])");
    /** Pop-ups shown on hover (person cards, glossary tips) that live inside a paragraph's markup. */
    private static final Pattern HOVER_CARD_WORD = Pattern.compile("(?:^|[-_])(?:rollover|hovercard|hover-card|tooltip|tooltips"
            + "|popover|tippy|infobox-popup)(?:$|[-_])");
    /** A picture's caption or credit: "caption", "wp-caption-text", "photo-credit", "image-attrib". */
    private static final Pattern CAPTION_WORD = Pattern.compile("(?:^|[-_])(?:caption|captions|credit|photo-credit|attrib)"
            + "(?:$|[-_])");
    /** Page-footer and sidebar containers: their text never counts as the page's main run of prose. */
    private static final Pattern FOOTERISH_WORD = Pattern.compile("^(?:footer|site-footer|page-footer|global-footer|copyright|colophon)(?:$|[-_])");

    /** What a word says, as the bits {@link #kinds} gives. */
    static final int LAYOUT = 1;
    static final int HOVER_CARD = 2;
    static final int STRONG_NOISE = 4;
    static final int CONTENT = 8;
    static final int WEAK_NOISE = 16;
    static final int COMMENTS = 32;
    static final int FOOTERISH = 64;
    static final int CAPTION = 128;
    private static final String[] NONE = {};

    private final Map<Element, String[]> tokens = new IdentityHashMap<>();
    private static final int KNOWN_WORDS = 50_000;
    private static final Map<String, Integer> KINDS = new ConcurrentHashMap<>();

    String[] tokens(Element e) {
        return tokens.computeIfAbsent(e, k -> {
            String m = markers(k);
            return m.isEmpty() ? NONE : Text.SPACE_RUN.split(m);
        });
    }

    int kinds(String token) {
        Integer known = KINDS.get(token);
        if (known != null) {
            return known;
        }
        if (KINDS.size() >= KNOWN_WORDS) {
            KINDS.clear(); // made-up class names must not grow the memory without end
        }
        String name = withoutHiddenProperty(token);
        int kinds = token.isEmpty() ? 0
                : (LAYOUT_WORD.matcher(token).find() ? LAYOUT : 0)
                | (HOVER_CARD_WORD.matcher(name).find() ? HOVER_CARD : 0)
                | (STRONG_NOISE_WORD.matcher(name).find() ? STRONG_NOISE : 0)
                | (CONTENT_WORD.matcher(name).find() ? CONTENT : 0)
                | (WEAK_NOISE_WORD.matcher(name).find() ? WEAK_NOISE : 0)
                | (COMMENTS_WORD.matcher(name).find() ? COMMENTS : 0)
                | (FOOTERISH_WORD.matcher(name).find() ? FOOTERISH : 0)
                | (CAPTION_WORD.matcher(name).find() ? CAPTION : 0);
        KINDS.put(token, kinds);
        return kinds;
    }

    /**
     * The name without a last word "hidden" that says a property or part of the element is hidden rather than the
     * element, and without that property's word: "field--label-hidden" is a field (its label is hidden), not a
     * label; "overflow-hidden" and "lazy-hidden" say nothing of the element. A hiding at some screen widths
     * ("elementor-hidden-mobile", "desktop-hidden", "hidden-xs") stays: sidebars and furniture are what pages hide
     * on small screens, never the article.
     */
    static String withoutHiddenProperty(String token) {
        if (!token.endsWith("hidden") || token.length() < 8) {
            return token;
        }
        char sep = token.charAt(token.length() - 7);
        if (sep != '-' && sep != '_') {
            return token;
        }
        String head = token.substring(0, token.length() - 7);
        int cut = Math.max(head.lastIndexOf('-'), head.lastIndexOf('_'));
        String before = head.substring(cut + 1);
        return before.isEmpty() || SCREEN_WORDS.contains(before) ? token : head.substring(0, Math.max(0, cut));
    }

    private static final Set<String> SCREEN_WORDS = Set.of("xs", "sm", "md", "lg", "xl", "xxl", "mobile", "phone",
            "tablet", "desktop", "laptop", "small", "medium", "large", "visually");

    /** True when one of the element's words is of the kind. */
    boolean any(Element e, int kind) {
        for (String token : tokens(e)) {
            if ((kinds(token) & kind) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's class, id, role and data-component in lower case, camelCase and BEM names ("PromoSmall-title",
     * "relatedArticles") split into word-separated tokens; empty when it has none.
     */
    static String markers(Element e) {
        if (e.attributesSize() == 0) {
            return ""; // most elements have no attributes: no strings to build
        }
        String m = (e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("data-component")).strip();
        if (m.isEmpty()) {
            return m;
        }
        StringBuilder out = new StringBuilder(m.length() + 8);
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(m.charAt(i - 1))) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * An element's tag and class attribute, without the class words that only say where it stands among its siblings
     * ("panel-first-child", "last", "odd"): page builders and themes add them to blocks that are otherwise alike.
     */
    static String markup(Element e) {
        String cls = e.className();
        if (cls.contains("first") || cls.contains("last") || cls.contains("odd") || cls.contains("even")) {
            cls = Text.SPACE_RUN.matcher(POSITION_WORD.matcher(cls).replaceAll("")).replaceAll(" ").strip();
        }
        if (numbered(cls)) {
            Matcher m = POSITION_NUMBER.matcher(cls);
            if (m.find()) {
                cls = Text.SPACE_RUN.matcher(m.replaceAll("")).replaceAll(" ").strip();
            }
        }
        return e.tagName() + '.' + cls;
    }

    /** @return true when a digit follows a hyphen or an underscore in the class attribute: a cheap test first */
    private static boolean numbered(String cls) {
        for (int i = 1; i < cls.length(); i++) {
            char c = cls.charAt(i);
            if (c >= '0' && c <= '9' && (cls.charAt(i - 1) == '-' || cls.charAt(i - 1) == '_')) {
                return true;
            }
        }
        return false;
    }

    /** A class word numbering a part among its like: "slide-0", "slide-1", "step_2" (not a post's id, "post-1806"). */
    private static final Pattern POSITION_NUMBER = Pattern.compile(
            "(?<=^|\\s)(?:slide|step|part|page|chapter|section|paragraph|para|row-number)[-_]\\d{1,2}(?=\\s|$)");

    /** A class word naming a position among siblings: "first", "last-child", "panel-first-child", "item-odd". */
    private static final Pattern POSITION_WORD = Pattern.compile(
            "(?<=^|\\s)(?:[\\w-]*[-_])?(?:first|last|odd|even)(?:[-_]child)?(?=\\s|$)");
}
