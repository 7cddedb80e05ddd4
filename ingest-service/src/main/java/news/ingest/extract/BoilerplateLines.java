package news.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines of page text that are not the article's, told by their words alone: labels ("Share", "Advertisement",
 * "Read more"), picture credits and copyright lines, calls to sign up, timestamps, datelines, keyword lists and bare
 * values (an address, a date, a number). The body keeps a line only when none of these says it is furniture.
 */
final class BoilerplateLines {

    /** A word of a person's name: a capital, then letters, marks, dots, apostrophes, hyphens ("C.", "López-Ortiz"). */
    private static final String NAME_WORD = "(?-i:\\p{Lu})[\\p{L}\\p{M}.'’-]*";
    /** Names and nothing else, joined by spaces, commas, "and" or "&": "Alan Fram, Zeke Miller and Jill Colvin". */
    private static final String NAMES = NAME_WORD + "(?:(?:,? and |, | & | )" + NAME_WORD + ")*";

    private static final Pattern META_VALUE = Pattern.compile("(?i)https?://\\S+|\\d{4}-\\d{2}-\\d{2}T[\\d:.+\\-Z]+|\\d+(?:px)?");

    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)©|\\(c\\) ?\\d{4}|all rights reserved|copyright \\d{4}"
            + "|getty images$|shutterstock$|^(?:getty images|shutterstock|istock(?:photo)?) ?/ ?\\p{L}|^(?:photo|image|picture|video)(?: credit| source)?s?\\s*(?:by|:)"
            + "|^featured (?:image|photo)\\b|/ ?(?:reuters|afp|ap|getty)$"
            + "|(?-i:\\b(?:REUTERS|AFP|EPA|AP Photo)/\\p{Lu})"
            // the rights reserved in other languages, and a ban on copying the text (Chinese, Japanese, Korean)
            + "|ⓒ|(?iu:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
            + "|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены)"
            + "|版权所有|版權所有|未经授权|無断転載|무단 ?전재"
            // a caption ending in its picture's credit, in English and other languages: "... MTI Fotó: Nemes János",
            // "... (fot. sxc.hu)", "... (Photo: Jane Doe/AP)"
            + "|(?iu:(?<![\\p{L}\\p{N}])(?:(?:photos?|fotos?|fotó|фото|zdjęcie)(?: credit)?\\s*:|fot\\.)\\s*"
            + "(?:(?-i:\\p{Lu})[^:;!?().]{0,60}|[\\w-]+\\.[a-z]{2,}\\b[^:;!?()]{0,40})\\)?$)");

    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^(?:share|share this|share this article|share on \\w+"
            + "|advertisement|advertisment|ad|sponsored|sponsored content|read more|read more (?:from|by) [^.]{1,60}"
            + "|related(?: (?:articles?|posts?|content|stor(?:y|ies)|topics?|coverage|links?|reading|videos?))?"
            + "|popular videos?|embed|\\d+ photos|see (?:the )?photos from this (?:story|article)|tags?\\s*:.*"
            + "|filed under.*|topics?\\s*:.*|categor(?:y|ies)\\s*:.*"
            + "|click here.*|subscribe.*"
            + "|sign up.*|follow (?:us|me)\\b.*|like us on \\w+|photo\\s*:.*|image\\s*:.*|credit\\s*:.*|source\\s*:.*"
            + "|getty images|loading\\W*|continue reading.*"
            // a link to a social profile alone; a pointer to more coverage ending with its address ("More AP NBA:
            // https://apnews.com/NBA")
            + "|(?:https?://)?(?:www\\.)?(?:twitter|x|facebook|instagram|linkedin)\\.com/\\S+"
            + "|(?:more|follow)\\b.{0,150}https?://\\S+"
            // buttons and notes of blogs and news sites: Pinterest, Google News, the site's editorial policy, share bars
            + "|(?:enjoy the post\\? )?pin (?:it )?for later!?|pinterest image|end of (?:the )?article|deal of the day"
            + "|learn more about our editorial (?:process|policy|standards)\\.?|latest posts by .*|follow on social media\\b.*"
            // a byline's buttons: "Email the author | Follow on Twitter"
            + "|email (?:the )?author(?: \\| follow on \\w+)?|follow on (?:twitter|x|facebook|instagram|linkedin)"
            + "|add (?:us )?as an? (?:preferred|reliable and trusted|trusted) (?:news )?source.*"
            + "|(?:favourite|favorite|follow) (?:us )?on google news.*|this (?:post|article|story) (?:first|originally) appeared (?:on|in)\\b.*"
            + "|(?:(?:sms|facebook|twitter|x|email|e-mail|whatsapp|linkedin|pinterest|reddit|print|telegram|messenger|flipboard"
            + "|copy link)\\s*){2,}|shares|share this (?:post|story|page)|print this (?:page|article|story|post)"
            + "|summari[sz]e (?:this )?(?:article|post|page)\\b.*|cookie (?:consent|settings|preferences)|posted under\\b.*"
            // a byline's line of its own, names only: "Written by Maya Perez", "Contributions From: Austin Palmer"
            + "|(?:written|reviewed|edited|fact[- ]checked|contributions?) (?:by|from):? " + NAMES
            // a placeholder for text still loading ("Loading specifications…"), a count of likes, shares or views
            + "|loading(?: [\\p{L}']+){1,5}(?:\\.\\.\\.|…)|\\d[\\d,.]*[km]? (?:likes?|shares?|views?)"
            + "|skip to.*|you may also like.*|more from .*|print|email|comments?|leave a comment|\\d+ comments?|top of page"
            + "|back to top|previous|next|previous article|next article|published|updated|posted (?:by|on)|posted in.*"
            + "|listen to (?:this )?article.*"
            + "|advert|close|discover more(?: like this)?|learn more|caption|trending|table of contents|contents|in this article"
            + "|by|edited by|reviewed by|written by|author|contributing writer|last updated"
            + "|(?:what do you think\\? )?scroll down to comment.*|this slideshow requires javascript\\.?|tell us what you think.*"
            // a reading time alone: "5 min read", "3 MIN. READ", "2–4 minutes", "Estimated reading time: 11 minutes"
            + "|\\d+(?:\\s*[–-]\\s*\\d+)? min(?:ute)?s?\\.?(?: read(?: time)?)?|min read|(?:estimated )?reading time.*"
            // the reading time after the day and a dot, as Medium prints it under the byline: "Oct 29 · 6 min read"
            + "|[^.!?]{1,60}[·•|] ?\\d+ min(?:ute)?s? read(?: time)?|(?iu:tempo de leitura|tiempo de lectura|temps de lecture"
            + "|lesezeit|tempo di lettura|leestijd|czas czytania|время чтения)[\\s:].*"
            + "|\\d+ (?iu:min\\.?|minuten|minutos|minuti|minutes|минут[ау]?|мин\\.?) (?iu:de lectura|de leitura|de lecture"
            + "|lesezeit|di lettura|leestijd|czytania|чтения)"
            // where the text goes on past an advertisement: "Story continues below advertisement", "Article continues
            // after sponsorship", "Advertisement - Continue Reading Below"
            + "|advertisement - continue reading below"
            + "|(?:the )?(?:story|article|text|content|post) continue[sd](?: (?:below|after|under)(?: (?:the |this )?"
            + "(?:advertisements?|adverts?|ads?|sponsorship|sponsored content|video|gallery|photos?|images?))?)?\\.?"
            + "|(?:image|photo|picture|slide|video) \\d+ (?:of|/) \\d+"
            // an advertisement's label in the languages around: German, French, Spanish, Italian, Portuguese, Dutch,
            // Polish and Czech, Scandinavian, Finnish, Hungarian, Romanian, Turkish, Greek, Cyrillic, CJK
            + "|(?iu:anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reclame|reklama|reklame"
            + "|reklam|annons|annonse|annonce|mainos|hirdetés|publicitate|διαφήμιση|реклама|广告|廣告|広告|광고"
            // and a link back to the page's top
            + "|haut de page|retour en haut(?: de (?:la )?page)?|(?:zurück )?nach oben|volver arriba|ir arriba|torna su"
            + "|voltar ao topo|naar boven|do góry|наверх"
            // and a call to follow or like the site ("Polub Money.pl na Facebooku", "Folgen Sie uns auf Twitter")
            + "|(?:polub|obserwuj) (?:nas|[\\p{L}.]+) (?:na|w) \\p{L}+|folg(?:en sie|e) uns\\b.*|síguenos\\b.*|suivez-nous\\b.*"
            + "|seguici\\b.*|siga-nos\\b.*|segue-nos\\b.*|volg ons\\b.*|подписывайтесь на нас.*|следите за нами.*))$");

    /** Marks that may follow a label ("Share:", "Related »", "Tags |"), left out before {@link #BOILERPLATE_LINE}. */
    private static final String TRAILING_MARKS = " \t\n\u000B\f\r:|•·>»";

    /** A call to sign up: "Get the latest updates right in your inbox. Subscribe to our newsletters." */
    private static final Pattern PROMPT_LINE = Pattern.compile("(?i)\\b(?:sign up (?:for|to|now|here|today)|subscribe (?:to|now|here|today)"
            + "|(?:right |straight )?(?:to|in|into) your inbox|our (?:\\w+ )?newsletters?"
            + "|share (?:it|this(?: story| article)?) with (?:a friend|your friends)"
            // the notes of a comment form: "You need to be registered with Nature to leave a comment."
            + "|(?:log in|login|sign in|registered|register) .{0,40}to (?:leave|post|add|write|submit) (?:a |your )?comments?)\\b");

    /** A timestamp line: "Updated at 1:23 p.m.", "Published 12 May 2019". */
    private static final Pattern STAMP_LINE = Pattern.compile(
            "(?i)^(?:last |first )?(?:updated|published|posted|modified|created)\\b.{0,50}\\d.*");

    /** A shortcode the site's editor left unrendered, of any length: "[button link=...]Send us a review[/button]". */
    private static final Pattern SHORTCODE = Pattern.compile("\\[\\w+[^\\]]*\\].*\\[/\\w+\\]");
    /** A reporting credit: "(Reporting by Will Dunham; Editing by Tom Brown)", "Additional reporting by Jane Doe". */
    private static final Pattern REPORTING_BY = Pattern.compile("(?i)^\\(?(?:additional )?reporting by\\b");
    /** "Reporting by" and names only: "Additional reporting by Joseph Hudak", "Reporting by Ana Ruiz and Li Wei." */
    private static final Pattern REPORTING_BY_NAMES = Pattern.compile("(?i)^(?:additional )?reporting by " + NAMES
            + "\\.?$");
    /**
     * The reporters who helped, and nothing else: "Associated Press writers Alan Fram and Jill Colvin contributed to
     * this report." Names (capitalised words) and the few words that describe them; a sentence of the story that ends
     * so ("Several readers contributed to this report by sending ...", "... declined to comment. Jane Doe contributed
     * to this report.") is not one.
     */
    private static final Pattern CONTRIBUTED = Pattern.compile("^(?:(?:" + NAME_WORD + "|and|also|writers?"
            + "|reporters?|correspondents?|staff|editors?|researchers?|in|from|of|the|with)[ ,]+){1,40}"
            + "contributed(?: reporting)?(?: to this (?:report|story|article)| from " + NAMES + ")\\.?$");
    /**
     * How to reach the reporter: "Email Tariq Malik at tmalik@space.com or follow him ...", "Have a tip? Amy Kuperinsky
     * may be reached at ...". A line giving an address alone ("Email: press@example.org") may be the article's.
     */
    private static final Pattern REPORTER_CONTACT = Pattern.compile("(?i)^(?:have a tip\\?.*|(?:e-?mail|contact|reach)"
            + " " + NAME_WORD + "(?: " + NAME_WORD + "){0,3} at \\S+@\\S+.*"
            + "|.{0,60}\\b(?:may|can) be reached at \\S+@\\S+.*)");
    /** The longest credit line looked at. */
    private static final int CREDIT_MAX_CHARS = 400;

    private BoilerplateLines() {
    }

    /**
     * The print edition's note: "A version of this article appears in print on March 5, 2017, on Page ST6 ...", "This
     * article appeared on page C - 1 of the San Francisco Chronicle".
     */
    private static final Pattern PRINT_EDITION_NOTE = Pattern.compile("(?i)(?:a version of )?this (?:article|story|essay"
            + "|review|column) (?:appears|appeared|was published) (?:in (?:the )?print|on page)\\b");

    /**
     * Whether a line (white space collapsed, not empty) is a label, a credit, a timestamp, a call to sign up, a
     * keyword list or a bare value rather than text.
     */
    static boolean isBoilerplate(String t) {
        if (t.length() > 2 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']' && t.indexOf('[', 1) < 0) {
            String inner = t.substring(1, t.length() - 1).strip(); // "[Embed]", "[Featured Image by ... /Getty Images]"
            if (!inner.isEmpty() && isBoilerplate(inner)) {
                return true;
            }
        }
        if (mayBeMetaValue(t) && META_VALUE.matcher(t).matches() || t.charAt(0) == '[' && SHORTCODE.matcher(t).matches()
                || t.length() < 100 && BOILERPLATE_LINE.matcher(withoutTrailingMarks(t)).matches()
                || ForeignLabels.in(ForeignLabels.FURNITURE, t)) {
            return true;
        }
        String lower = t.length() < 250 ? t.toLowerCase(Locale.ROOT) : null; // for the cheap tests below
        return lower != null && mayBeCredit(lower) && CREDIT_LINE.matcher(t).find()
                || t.length() < 70 && STAMP_LINE.matcher(t).matches() || isKeywordList(t)
                || t.length() < 300 && PRINT_EDITION_NOTE.matcher(t).lookingAt()
                || t.length() < 160 && mayBePrompt(lower) && PROMPT_LINE.matcher(t).find()
                || isReportingCredit(t) || isCookieNotice(t);
    }

    /**
     * Whether the paragraph is the site's notice of its cookies, as consent banners word it: "By clicking “Accept”,
     * you agree to the storing of cookies on your device to ...", "go.dev uses cookies from Google to ...", "We use
     * cookies to ...". Not a sentence of an article about cookies ("Facebook uses cookies to follow people ...").
     */
    static boolean isCookieNotice(String t) {
        return t.length() <= COOKIE_NOTICE_MAX_CHARS && t.contains("ookies")
                && COOKIE_NOTICE.matcher(t.toLowerCase(Locale.ROOT)).lookingAt();
    }

    private static final int COOKIE_NOTICE_MAX_CHARS = 400;

    private static final Pattern COOKIE_NOTICE = Pattern.compile("by (?:clicking|selecting|continuing)\\b[^.]{0,60}?,? you"
            + " (?:agree|consent) to (?:the |our )?(?:storing|use|placement) of [^.]{0,30}?cookies\\b"
            + "|(?:this (?:web)?site|we|(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}) uses? cookies\\b");

    /**
     * Whether a short paragraph is the site's note that it earns from the links it prints: "We may earn commission from
     * links on this page, but we only recommend products we back.", "This article contains affiliate links that may
     * earn us a commission at no extra cost to you." Not the article's text, though pages print it above it. The HTML
     * body leaves out every such paragraph; a pasted page only the one over the article (a list article may print it
     * between its items, where as a line of text it must not part them).
     */
    static boolean isAffiliateDisclosure(String t) {
        // (a look for the words without their capital first: most paragraphs need no lower-cased copy)
        if (t.length() >= DISCLOSURE_MAX_CHARS || t.indexOf("ommission") < 0 && t.indexOf("ffiliate") < 0) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return (lower.contains("link") || lower.contains("purchas") || lower.contains("buy"))
                && AFFILIATE_DISCLOSURE.matcher(lower).find() && THE_SITE_ITSELF.matcher(lower).find();
    }

    /**
     * The site speaking of itself, as its notes do ("we", "I", "this post"): "Streamers earn a commission when viewers
     * buy games via affiliate links" is an article's text.
     */
    private static final Pattern THE_SITE_ITSELF = Pattern.compile("\\b(?:we|i|us|our|my|me|this (?:post|page|site"
            + "|article|blog|website|story|guide|review))\\b");

    private static final int DISCLOSURE_MAX_CHARS = 350;

    /**
     * What a site's note on its affiliate links says: "may earn us a commission", "This post contains affiliate links"
     * (not "No affiliate links." nor "both are affiliate links", which a writer says in the text).
     */
    private static final Pattern AFFILIATE_DISCLOSURE = Pattern.compile("\\b(?:earns?|receives?|gets?|makes?) (?:us |me )?"
            + "(?:a |an )?(?:small |affiliate )?(?:commission|compensation|share of)"
            + "|\\b(?:contains?|includes?|uses?) (?:some )?affiliate links\\b");

    /**
     * Whether a line credits the reporting, not the article's text: "(Reporting by ...; Editing by ...)", "Additional
     * reporting by Jane Doe", the names of the reporters who "contributed to this report" (or "reporting
     * from Hong Kong"), or how to reach the reporter. A sentence that begins "Reporting by The New York Times found
     * ..." is the article's.
     */
    private static boolean isReportingCredit(String t) {
        if (t.length() > CREDIT_MAX_CHARS) {
            return false;
        }
        if (REPORTING_BY.matcher(t).lookingAt()) {
            return t.startsWith("(") || t.toLowerCase(Locale.ROOT).contains("editing by") || t.indexOf(';') >= 0
                    || REPORTING_BY_NAMES.matcher(t).matches();
        }
        return t.contains("contributed") && CONTRIBUTED.matcher(t).matches()
                || t.indexOf('@') > 0 && REPORTER_CONTACT.matcher(t).matches();
    }

    /** A date and time, and at most a word or two after it (the agency, the place): a dateline, not text. */
    static boolean isDateline(String t) {
        int at = Dates.indexOf(t);
        return at == 0 && TIME_OF_DAY.matcher(t).find() && Text.wordCount(t) <= 5;
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");

    /** A comma-separated list of short keywords written without spaces ("a,b c,d,e"): tag metadata, not prose. */
    static boolean isKeywordList(String t) {
        int commas = 0;
        for (int i = 0; i < t.length() && commas < 4; i++) {
            commas += t.charAt(i) == ',' ? 1 : 0;
        }
        if (commas < 4) {
            return false; // fewer than five items: not worth splitting (most lines have no comma or few)
        }
        String[] items = t.split(",");
        if (items.length < 5 || Text.endsSentence(t) && !t.endsWith(",")) {
            return false;
        }
        int tight = 0;
        for (int i = 0; i + 1 < t.length(); i++) {
            if (t.charAt(i) == ',' && !Character.isWhitespace(t.charAt(i + 1))) {
                tight++;
            }
        }
        for (String item : items) {
            if (Text.wordCount(item) > 5) {
                return false;
            }
        }
        return tight * 2 >= items.length - 1;
    }

    /** @return the line without the {@link #TRAILING_MARKS} at its end */
    private static String withoutTrailingMarks(String t) {
        int end = t.length();
        while (end > 0 && TRAILING_MARKS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }

    /** Whether the line starts as {@link #META_VALUE} does (an address, a date, a number): the cheap test first. */
    private static boolean mayBeMetaValue(String t) {
        char c = t.charAt(0);
        return c == 'h' || c == 'H' || c >= '0' && c <= '9';
    }

    /**
     * Whether the line, in lower case, holds a mark or word that {@link #CREDIT_LINE} needs ("©", "(", "/",
     * "copyright", ...): a cheap test before the expression, which is tried at every position of every short line.
     */
    private static boolean mayBeCredit(String lower) {
        return lower.indexOf('©') >= 0 || lower.indexOf('(') >= 0 || lower.indexOf('/') >= 0
                || lower.contains("rights reserved") || lower.contains("copyright") || lower.contains("getty")
                || lower.contains("shutterstock") || lower.startsWith("image") || lower.startsWith("picture")
                || lower.startsWith("video") || lower.startsWith("featured") || lower.indexOf('ⓒ') >= 0
                // a picture's credit anywhere in the line, in English and other languages
                || lower.contains("photo") || lower.contains("foto") || lower.contains("fotó") || lower.contains("fot.")
                || lower.contains("фото") || lower.contains("zdjęcie")
                || lower.contains("rechte vorbehalten") || lower.contains("droits réservés")
                || lower.contains("derechos reservados") || lower.contains("diritti riservati")
                || lower.contains("direitos reservados") || lower.contains("rechten voorbehouden")
                || lower.contains("prawa zastrzeżone") || lower.contains("права защищены") || lower.contains("版")
                || lower.contains("未经授权") || lower.contains("無断転載") || lower.contains("전재");
    }

    /** Whether the line, in lower case, holds a word that {@link #PROMPT_LINE} needs: the same cheap test first. */
    private static boolean mayBePrompt(String lower) {
        return lower.contains("sign up") || lower.contains("subscribe") || lower.contains("your inbox")
                || lower.contains("newsletter") || lower.contains("share it") || lower.contains("share this")
                || lower.contains("comment");
    }

    /**
     * Whether the line is a picture's caption or credit under the label a page prints before it, pasted with the label
     * ("Image caption Scooter Braun has managed Justin Bieber ...", "Image copyright Getty Images", "Image Copyright
     * @AOC @AOC", "Media caption ..."): the BBC's, which hides the label from sight but not from a copy.
     */
    static boolean isLabelledCaption(String line) {
        return LABELLED_CAPTION.matcher(line).lookingAt();
    }

    private static final Pattern LABELLED_CAPTION = Pattern.compile(
            "(?i)(?:image|picture|photo|media) (?:caption|copyright)\\b");

    /**
     * Whether the line is a picture's caption or credit that ends in the credit: in brackets ("... in Nogales, Ariz.
     * (AP)", "... in Buffalo, N.Y. (AP Photo/Jeffrey T. Barnes)", "... the plague (Image: GETTY)", "... (Joshua
     * Roberts/Reuters)"), or after a slash or "via" ("... on July 25, 2019.J. Scott Applewhite / AP file", "Morsa
     * Images/DigitalVision via Getty Images"). A news agency or picture library, or a label of a picture's credit,
     * names who took it; a paragraph's own brackets cite a source, and its sentence ends after them.
     */
    static boolean isCreditedCaption(String line) {
        if (CREDIT_AT_END.matcher(line).find()) {
            return true;
        }
        if (!line.endsWith(")")) {
            return AGENCY_AT_END.matcher(line).find();
        }
        int open = line.lastIndexOf('(');
        return open > 0 && line.length() - open <= MAX_CREDIT_CHARS && !line.substring(0, open).isBlank()
                && CAPTION_CREDIT.matcher(line).region(open, line.length()).matches();
    }

    /**
     * A picture's credit after its label at the end of a caption's sentence: "... equivalent. Credit: ESA", "...
     * production. Photo credit: Biomason", "... to use. – Photo Credit: Taylor Passofaro (CleverHiker.com)"; at most
     * eight words after the label, and no sentence after them.
     */
    private static final Pattern CREDIT_AT_END = Pattern.compile("[.!?)”\"’]\\s*(?:[–—-]\\s*)?"
            + "(?:(?:[Pp]hoto|[Ii]mage|[Pp]icture)s? [Cc]redits?|Credits?)\\s*:\\s*+(?:[^\\s.!?]+\\.?\\s*){1,8}$");

    /**
     * A news agency or picture library after a slash or "via" at the line's end, or in capitals before a slash and the
     * photographer's name ("... December 14, 2016. REUTERS/Gary Cameron"): a picture's credit.
     */
    private static final Pattern AGENCY_AT_END = Pattern.compile("(?:/ ?|\\bvia )(?:AP|Reuters|AFP|EPA|Getty Images"
            + "|Bloomberg|Shutterstock|iStock|Alamy|Invision|The New York Times|Redux)(?: [Ff]ile| [Pp]hoto)?$"
            + "|[.)]\\s+(?:REUTERS|AFP|EPA|AP Photo)/\\p{Lu}[\\p{L}.'’ -]{1,40}$");

    /** The longest credit in brackets at a caption's end. */
    private static final int MAX_CREDIT_CHARS = 120;

    private static final Pattern CAPTION_CREDIT = Pattern.compile("\\([^()]*?(?:\\b(?:AP|AFP|EPA|Reuters|Shutterstock"
            + "|iStock|Alamy|Invision)\\b|\\b(?i:getty)\\b|\\b(?:Photo|Photos|Image|Picture)\\b\\s*(?:[Cc]redit|by|:|via)"
            + "|\\bCredit\\s*:)[^()]*\\)");
}
