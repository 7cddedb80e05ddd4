package news.ingest.extract;

import static news.ingest.extract.TextPage.linesNextTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of a page read as text is, as its header's reader ({@link TextHeader}) asks: a byline and the names it
 * gives, a dateline and its date, a picture's credit, a name standing alone, furniture that is no headline. Static
 * tests of a line (and of the lines next to it), no state.
 */
final class HeaderLines {

    private HeaderLines() {
    }

    /** The words that label an article's tags: "Tags", "Topics", "Categories", "Filed under". */
    private static final String TOPICS_WORDS = "(?:tags?|topics?|categor(?:y|ies)|filed under)";

    /**
     * A line of the header that is no title: a breadcrumb ("Home » Blogs » ..."), an editor's or reviewer's credit,
     * an update stamp, a count of readers or shares, a prompt to follow the site, a "Skip to content" link, a call to
     * act ("Get started with ...", "Try ...", "Subscribe", "Listen to the audio version"), a share prompt ("Share this
     * with Twitter", "Share All sharing options for: ..."), "More on ...", a stamp of time ago ("2 days ago at 07:47
     * am"), a share price's change ("-5.44%"), a shop's button ("See it at Amazon"), a mail or web address, a button
     * to order a reprint ("Order Reprint of this Story").
     */
    static final Pattern HEADER_FURNITURE = Pattern.compile("(?i)^(?:home\\b.*(?:»|›|>|/)|(?:edited|reviewed"
            + "|written|fact[- ]checked|medically reviewed|updated|last updated|published|posted)\\b"
            + "|add .* as a preferred source|skip to\\b|you are here\\b|listen to (?:the|this)\\b"
            + "|learn (?:more )?about our|(?:get started|try|unlock|subscribe|sign up|sign in|log in|download)\\b"
            + "|share (?:this|on|all|via|with)\\b|show more sharing|more (?:on|from)\\b|you are signed in|reading time\\b"
            + "|lorem ipsum\\b|story continues\\b|media playback is\\b|these are external links\\b"
            + "|continue reading\\b|brought to you by\\b|supported by\\b|sponsored by\\b|presented by\\b|donate\\b"
            + "|reported by \\p{L}|(?-i:By \\p{Lu})|start (?:your |a )?(?:free|\\d+-day)\\b|get in touch\\W*$"
            + "|link copied\\b|press enter or click\\b|click to (?:view|enlarge|expand)\\b"
            + "|" + TOPICS_WORDS + "\\s*:"
            + "|add .* on google\\W*$|see .* in action\\W*$|(?:see it|shop|buy|view deal|check price) (?:at|on) \\p{Lu}"
            + "|(?:order |buy )?(?:a )?reprints?(?: of this (?:story|article))?\\W*$)"
            + "|\\bmake a (?:one-off |one-time |monthly )?donation\\b"
            + "|\\bdelivered to your inbox\\W*$|\\bwill open in a new (?:window|tab)\\W*$"
            + "|\\b\\d[\\d,.]*[km]? (?:shares?|views|likes?)\\W*$|\\blikes? this\\W*$|\\bmin(?:ute)?s? read\\b"
            + "|\\b\\d+ (?:minutes?|hours?|days?|weeks?) ago\\b|[-+]\\d+(?:\\.\\d+)?%|\\S@\\S+\\.\\w|^(?:https?://|www\\.)\\S+$|\\S \\> \\S.* \\> \\S|»|›");

    /**
     * Whether the line is a byline with its label, its names followed by a role perhaps ("By: Benjamin Johnson, Sr.
     * Director of Operations, Atlas Van Lines"), at most {@value #MAX_BYLINE_WORDS} words.
     */
    static boolean labelledByline(String l) {
        String line = unglued(l);
        return Text.wordCount(line) <= MAX_BYLINE_WORDS && BYLINE_LABEL.matcher(line).lookingAt();
    }

    /**
     * Whether the line is a byline with its label ({@link #labelledByline}) that names someone
     * ({@link #bylineNames}).
     */
    static boolean namingByline(String l) {
        return labelledByline(l) && !bylineNames(l).isEmpty();
    }

    /** @return the line with a capital month run into the name before it parted: "By AMY ROSENTHAL MARCH 3, 2017" */
    static String withMonthParted(String line) {
        return GLUED_CAPITAL_MONTH.matcher(line).replaceFirst(" $1");
    }

    /**
     * @return the people a byline names, or its team ("Everfit Team"), its label ("By", "Written by") and a label run
     *         into it left out
     */
    static List<String> bylineNames(String l) {
        String byline = byline(l).text();
        List<String> names = AuthorNames.clean(byline, null, true);
        return names.isEmpty() ? teamOrOneName(byline) : names;
    }

    /**
     * @return for a byline's text in which {@link AuthorNames#clean} finds no people: its team ("Everfit Team"), else
     *         the one word it names after "Written by" or "Posted by" ({@link #oneWordName}), else none
     */
    static List<String> teamOrOneName(String byline) {
        String team = AuthorNames.teamName(byline);
        String one = team == null ? oneWordName(byline) : null;
        return team != null ? List.of(team) : one != null ? List.of(one) : List.of();
    }

    /**
     * @return the one word a byline labelled "Written by" or "Posted by" names ("Written by Kristin", "Posted by
     *         IndustrySelect"), when it is no English word; else null. The strict reading of names ({@link
     *         AuthorNames#clean}) wants two words; after such a label a writer signing with a first name or a handle is
     *         the common case of a blog. After a bare "By" one word is a menu's as often ("By Modality", "By Topic").
     */
    private static String oneWordName(String line) {
        return oneWordName(line, false);
    }

    /**
     * @param bareBy whether one word after a bare "By" is a name too: where the byline stands next to its date ("By
     *               Clay" / "Mar 14, 2024"), which a menu's "By Topic" does not
     * @return the one word the byline names ({@link #oneWordName(String)}), else null
     */
    static String oneWordName(String line, boolean bareBy) {
        Byline byline = byline(line);
        String name = byline.names().strip();
        boolean labelled = WORDS_BY.matcher(byline.label()).lookingAt() || bareBy && !byline.label().isBlank();
        return byline.english() && labelled && oneWordPersonName(name) ? name : null;
    }

    /** Whether a word alone may be a person's name: no English word ("Kristin", "Gabo", "BeauHD"; not "Modality"). */
    static boolean oneWordPersonName(String name) {
        return ONE_WORD_NAME.matcher(name).matches() && !CommonWords.allCommon(name)
                && AuthorNames.isPersonName(name, null, false);
    }

    /** A name of one word: letters, digits after the first letter ("BeauHD", "infuy", "Kristin"). */
    private static final Pattern ONE_WORD_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}]{1,24}");

    /**
     * Whether a line of the header is surely no headline: a few words, a sentence, furniture, a picture's credit, share
     * buttons, a dateline or a time of day, a line of the page's furniture ({@link BoilerplateLines#isBoilerplate}).
     */
    static boolean notHeadline(String l) {
        int words = Text.wordCount(l);
        return words <= 3 || l.matches(".*[.,;:]$") && !endsInAbbreviation(l) && words > 6 || sentence(l)
                || HEADER_FURNITURE.matcher(l).find()
                || codeLike(l) || pictureCredit(l) || captionWithCredit(l)
                || shareButtons(l) || dateline(l) || Text.isTruncated(l) || nameWithRole(l)
                || FACT.matcher(l).matches() || NAVIGATION.matcher(l).find() || BoilerplateLines.isBoilerplate(l)
                || TIME_ALONE.matcher(l).matches() || MEDIA_LINK.matcher(l).find()
                || postedAgo(l);
    }

    /** A link to a video or a gallery, its kind after a dash: "Police blast protesters with water cannon – video". */
    private static final Pattern MEDIA_LINK = Pattern.compile("\\s[–—-]\\s(?:video|audio|in pictures|podcast)$");

    /** A time of day alone, with its zone: "1:18 PM ET", "10:05 a.m.", "19:15 CET". */
    private static final Pattern TIME_ALONE = Pattern.compile(
            "(?i)\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?");

    /**
     * A line of links set apart by bars or arrows: one that starts with an arrow or with a bar and has another ("|
     * Resources | Blog | Packing Tips Guide", "« In Defense of Curiosity | Main"), or parts three links or more with bars
     * ("Asia | First Time Visitor Guides | Japan | Travel Tips"): a breadcrumb, a blog's links to its other posts or a
     * list of categories; not a label after one bar ("| Reading Time: 7 minutes").
     */
    private static final Pattern NAVIGATION = Pattern.compile("^[«»‹›]|^\\|.* \\| |\\S \\| .+ \\| ");

    /**
     * A fact of a box or a table: a label, a colon and a figure ("Typical Range: $876 - $1,042", "Revenue: $2.4
     * billion", "Battery life: 7+ hours"); not a headline whose words go on after a figure ("Fitness Trends 2025: 9
     * Things to Keep an Eye On").
     */
    private static final Pattern FACT = Pattern.compile("\\p{L}[\\p{L} /&'’-]{0,30}:\\s*[$€£¥]?\\d[\\d.,]*\\S*"
            + "(?:\\s+\\S+){0,2}");

    /**
     * Whether the line is a person's name and role: "Jane Doe, Staff Writer", "Jane Doe | Guest Columnist" (a byline
     * without its "By"), or name and employer in capitals ("Brian Truitt USA TODAY"), not a headline such as
     * "Introducing Junior Gaspard, New CEO at Experience" (a word of it is never a name's, {@link CommonWords}).
     */
    private static boolean nameWithRole(String l) {
        return roleStart(l) >= 0;
    }

    /** @return where the role or employer after a name begins ({@link #nameWithRole}), its mark included; else -1 */
    private static int roleStart(String l) {
        Matcher cut = ROLE_MARK.matcher(l);
        boolean marked = cut.find();
        int start;
        String role;
        if (marked) {
            start = cut.start();
            role = l.substring(cut.end());
        } else {
            // a job title in capitals after the name, no mark between ("Emma Ryan Lead Writer")
            String untitled = AuthorNames.withoutTitleAfter(l);
            if (untitled.length() == l.length() || !l.startsWith(untitled)) {
                return -1;
            }
            start = untitled.length();
            role = l.substring(start).strip();
        }
        boolean employer = marked && cut.group().isBlank() && EMPLOYER_IN_CAPITALS.matcher(role).matches();
        if (!employer && (!AuthorNames.isRole(role) || Text.wordCount(role) > 5 || role.contains(","))) {
            return -1; // (not a headline that names someone: "Elon Musk, Tesla's chief, says he will ...")
        }
        // "Jane Doe and John Roe | Guest Columnists" too
        return eachName(l.substring(0, start), HeaderLines::shapedAsName) ? start : -1;
    }

    /** Whether the words are one name, or two or three names joined ("Jane Doe and John Roe"), each passing the test. */
    private static boolean eachName(String names, Predicate<String> test) {
        if (!NAMES_JOINED.matcher(names).matches()) {
            return test.test(names);
        }
        for (String one : NAME_JOINS.split(names)) {
            if (!test.test(one)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words are one name of at most three words, none a word that is never a name's. */
    private static boolean shapedAsName(String name) {
        return Text.wordCount(name) <= 3 && AuthorNames.isOneName(name)
                && CommonWords.noneIn(name);
    }

    /** What stands between a name and its role: a comma, a bar, or a space before an employer in capitals. */
    private static final Pattern ROLE_MARK = Pattern.compile(", | \\| | (?=(?:\\p{Lu}{2,} ?){1,3}$)");
    private static final Pattern EMPLOYER_IN_CAPITALS = Pattern.compile("(?:\\p{Lu}{2,} ?){1,3}");

    /** A credit after a caption, glued to it or not: "rabbitCredit: Getty - Contributor", " Credit: EPA". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?:\\p{Ll}|\\s)Credits?\\s*:");

    /**
     * Whether the line is a photo's caption ending in its credit: a sentence's words, then "Credit:" and a few words
     * ("... ate a rabbitCredit: Getty - Contributor"), or its source in brackets ({@link #SOURCE_IN_BRACKETS}); not a
     * headline about a credit ("Child Tax Credit: Who Qualifies").
     */
    private static boolean captionWithCredit(String l) {
        Matcher credit = CAPTION_CREDIT.matcher(l);
        if (credit.find()) {
            return Text.wordCount(l.substring(0, credit.start() + 1)) >= 6
                    && Text.wordCount(l.substring(credit.end())) <= 8;
        }
        Matcher source = SOURCE_IN_BRACKETS.matcher(l);
        return source.find() && Text.wordCount(l.substring(0, source.start())) >= 6;
    }

    /**
     * A caption's source in brackets after its sentence's full stop: "One of the Volvo XC90s Uber is debuting in San
     * Francisco. (Uber)", "... on Sunday. (Evan Vucci / AP)"; one to three capitalised words, a slash and an agency
     * perhaps. A headline's bracketed end follows no full stop ("How Much Does it Cost to Open a Gym? (A Breakdown)").
     */
    private static final Pattern SOURCE_IN_BRACKETS = Pattern.compile("[\\p{Ll}\\d]\\.\\s+\\((?:\\p{Lu}[\\p{L}'’.&-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,2})(?:\\s*/\\s*\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,2})?\\)$");

    /**
     * A row of share buttons: "Email Facebook Pinterest X", "Share on Facebook Share on LinkedIn Print", "Share Tweet
     * Share Share Email Comment Print".
     */
    private static final Pattern SHARE_BUTTONS = Pattern.compile("(?i)(?:(?:share(?: on| via)?|email|e-mail|facebook"
            + "|twitter|tweet|x|pinterest|linkedin|whatsapp|reddit|print|copy(?: link)?|flipboard|threads|bluesky"
            + "|tumblr|telegram|messenger|sms|instagram|youtube|tiktok|google plus|google\\+|comments?)\\W*){2,}");

    /** Whether the line is a row of share buttons or of links to the site's social accounts ("twitter linkedin ..."). */
    static boolean shareButtons(String l) {
        return SHARE_BUTTONS.matcher(l).matches();
    }

    /**
     * Whether the line is a dateline as the header reads one: a date in a few words, or opening a longer line of bylines
     * and sections ("On January 12, 2025 By Gabby Boucher In Budget Travel"), after a label at most ("Last update on:
     * August 25, 2025 Mon, 25 Aug 2025 08:00:00 +0100").
     */
    static boolean dateline(String l) {
        return datelineDate(l) != null;
    }

    /** @return the date of a {@link #dateline}, and where it stands in the line; null for any other line */
    static Dates.Found datelineDate(String l) {
        int words = Text.wordCount(l);
        Dates.Found found = words <= 25 ? Dates.first(l) : null;
        return found != null && (words <= 12 || found.start() <= DATE_LABEL_CHARS
                || POSTED_BY_ON.matcher(l.substring(0, found.start())).matches()) && !inWebAddress(l, found.start())
                ? found : null;
    }

    /**
     * The date of a line in an article's header: a {@link #dateline}, or a stamp with a two-digit year alone or after a
     * label ("12/23/16 11:14 AM", "Published 12/10/16"). Such a stamp is read over an article only: in a list of other
     * stories each has one, and they are not datelines that part a page.
     */
    static Dates.Found headerDate(String l) {
        Dates.Found found = datelineDate(l);
        if (found != null) {
            return found;
        }
        Matcher label = STAMP_LABEL.matcher(l);
        return Dates.shortYearStamp(l, label.lookingAt() ? label.end() : 0);
    }

    /** A label before a stamp with a two-digit year: "Published", "Last updated on:". */
    private static final Pattern STAMP_LABEL = Pattern.compile("(?i)(?:last )?(?:published|posted|updated)(?: on)?:?\\s+");

    /**
     * What stands before the date of a long dateline that opens with its byline: "Posted by BeauHD on Friday " (a
     * label, a name of up to four words, "on", a weekday perhaps). A reader's comment ("by ozmartian ( 5754788 ) on
     * ...") has no label.
     */
    private static final Pattern POSTED_BY_ON = Pattern.compile("(?i)(?:posted|written|published|submitted) by "
            + "\\p{L}[\\p{L}.'’-]*(?: \\p{L}[\\p{L}.'’-]*){0,3} on (?:\\p{L}+,? )?");

    /** Whether the character at {@code at} is part of a web address: "http://www.w3.org/1999/02/22-rdf-syntax-ns#". */
    private static boolean inWebAddress(String l, int at) {
        int token = at;
        while (token > 0 && !Character.isWhitespace(l.charAt(token - 1))) {
            token--;
        }
        String before = l.substring(token, at);
        return before.contains("http") || before.contains("www.");
    }

    /** The most characters before the date of a long dateline: a label ("Last updated on:"). */
    private static final int DATE_LABEL_CHARS = 20;

    /** A picture's credit: "Credit: Reviewed / Hisense", "Photo: AP", "Tanja Ivanova//Getty Images". */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)^\\(?(?:photo(?:graph)?|image|picture|credit|"
            + "illustration)s?(?: by| credit)?\\s*:|getty images|shutterstock|\\bap photo\\b|istock"
            + "|^(?:photo(?:graph)?|image|picture|illustration)s? by (?-i:\\p{Lu})"
            + "|\\b(?:submitted|contributed|staff|file|courtesy) photo\\b|^media caption"
            // a caption ending in its source: "Clamdigger 1935 by Edward Hopper. Courtesy Sharon Mollerus/Flickr"
            + "|(?:^|\\.\\s+)courtesy(?: of)? (?-i:\\p{Lu})");

    /**
     * Whether the line credits a picture: {@link #PICTURE_CREDIT}, or a photographer's name and agency parted by a
     * slash ("Amy K. Dragoo/AIMMEDIA", "Jane Doe//Getty Images", "(Evan Vucci / AP)"; not "High School
     * Diploma/Equivalency", nor "Laura / House Plant House", a blogger and her blog).
     */
    static boolean pictureCredit(String l) {
        if (PICTURE_CREDIT.matcher(l).find()) {
            return true;
        }
        int more = l.indexOf(';'); // the first of several: "Emily Buder/Quanta Magazine; Carlos Arrojo for ..."
        Matcher credit = NAME_SLASH_AGENCY.matcher(more > 0 ? l.substring(0, more) : l);
        return credit.matches() && AuthorNames.isOneName(credit.group(1));
    }

    private static final Pattern NAME_SLASH_AGENCY = Pattern.compile("\\(?(\\p{Lu}[\\p{L}.'’ -]*\\p{L}\\.?)"
            + "(?:/{1,2}\\p{Lu}[\\p{L}&]*(?: \\p{Lu}[\\p{L}&]*)*|\\s+/\\s+\\p{Lu}{2,10})\\)?");

    /** At most this share of a sentence's longer words is capitalised; at least this share of a title's. */
    static final double SENTENCE_CASE_SHARE = 0.5;
    static final double TITLE_CASE_SHARE = 0.8;

    /** The share of the line's words of four letters or more, after the first, that begin with a capital; 1 if none. */
    static double capitalisedShare(String l) {
        int longer = 0;
        int capitalised = 0;
        String[] words = l.split("\\s+");
        for (int k = 1; k < words.length; k++) {
            String w = words[k].replaceAll("^\\P{L}+", "");
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                longer++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return longer == 0 ? 1 : capitalised / (double) longer;
    }

    /** Whether the line reads as a line of program code ({@link #CODE_LIKE}). */
    static boolean codeLike(String l) {
        return CODE_LIKE.matcher(l).find();
    }

    /** A line of program code: an assignment, braces, a call, or a statement's ending (".root_module = exe_mod,"). */
    private static final Pattern CODE_LIKE = Pattern.compile("[{}]| = |\\w\\(.*\\)\\s*(?:#.*)?$|[;,]$");

    /** Whether the line is a sentence of three words or more ending in a full stop: a standfirst or slogan. */
    static boolean sentence(String l) {
        return l.endsWith(".") && !l.endsWith("..") && !endsInAbbreviation(l) && Text.wordCount(l) >= 3;
    }

    /** Whether the line ends in a dotted abbreviation ("The Hottest Real Estate Markets in the U.S."), not a stop. */
    private static boolean endsInAbbreviation(String l) {
        return DOTTED_ABBREVIATION_END.matcher(l).find();
    }

    private static final Pattern DOTTED_ABBREVIATION_END = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}$");

    /**
     * Whether line {@code i} may be a name standing alone: written once on the page (not a menu's or the headline's
     * words), no "&", and not opening with a word that opens no name ("All Insights", "Latest News").
     */
    static boolean plainName(List<String> lines, int i) {
        String l = lines.get(i);
        String first = l.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return l.indexOf('&') < 0 && !NOT_NAME_OPENERS.contains(first)
                && lines.stream().filter(l::equals).count() == 1;
    }

    private static final Set<String> NOT_NAME_OPENERS = Set.of("all", "the", "our", "latest", "more", "new", "top",
            "best", "related", "recent", "featured", "popular", "read", "view", "see", "about");

    /**
     * The line with its label and its name parted where the page's markup ran them together ("ByNina Pineda"), and
     * without what a label run into the name starts ("By Korin MillerPublished: Jan 29, 2025", "By Gabby BoucherIn
     * Budget Travel").
     */
    static String unglued(String l) {
        Matcher twice = BYLINE_TWICE.matcher(l);
        String line = twice.matches() ? "By " + twice.group(1) : l;
        return GLUED_LABEL.matcher(AuthorNames.GLUED_BY.matcher(line).replaceFirst("By ")).replaceFirst("");
    }

    /**
     * A byline printed twice on its line, the second time with its label: "Mike Cason | mcason@al.com By Mike Cason |
     * mcason@al.com" (al.com, nj.com; one of the two is shown on a phone, the other on a wider screen).
     */
    private static final Pattern BYLINE_TWICE = Pattern.compile("(.{3,80}) By \\1");

    /**
     * A day's month in capitals run into the name before it: "By AMY KROUSE ROSENTHALMARCH 3, 2017", "By ALEXANDER
     * BURNSAUG. 24, 2016" (nytimes.com; an abbreviation with its dot only, so "KUMAR 5" stays a name).
     */
    private static final Pattern GLUED_CAPITAL_MONTH = Pattern.compile("(?<=\\p{Lu}{2})(JANUARY|FEBRUARY|MARCH|APRIL|MAY"
            + "|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:JAN|FEB|MAR|APR|AUG|SEPT?|OCT|NOV|DEC)\\.)"
            + "(?= \\d{1,2}, \\d{4})");

    /** A label run into the name before it, and what follows: "MillerPublished: ...", " UpdatedJanuary 2". */
    private static final Pattern GLUED_LABEL = Pattern.compile("(?:(?<=\\p{Ll})(?:Published|Updated|Posted|Last updated"
            + "|In|On)\\b|\\s(?:Published|Updated|Posted)(?=\\p{Lu})).*$");

    /**
     * Whether the line is a person's name standing alone, or two or three names joined ("Jane Doe and John Roe"), with
     * their role after a comma or a bar ("Jane Doe, Staff Writer"): each two or three capitalised words
     * ({@link AuthorNames#clean}; {@link TextHeader#addAuthors} then asks {@link TextHeader#personLike}), none of them an
     * acronym ("FBC Arlington") or a word that is never a name's ("Newsweek Logo", {@link CommonWords}), not words of
     * the headline ("2026 Nissan Leaf and ...", then "Nissan Leaf").
     */
    static boolean nameAlone(String l, String headline) {
        return eachName(nameOf(l), name -> oneNameAlone(name, headline));
    }

    private static boolean oneNameAlone(String name, String headline) {
        int words = Text.wordCount(name);
        return words >= 2 && words <= 3 && AuthorNames.isOneName(name)
                && !headline.contains(name) && !ACRONYM.matcher(name).find()
                && CommonWords.noneIn(name);
    }

    /** @return the name of a line "Jane Doe, Staff Writer" ({@link #nameWithRole}), else the line */
    static String nameOf(String l) {
        int role = roleStart(l);
        return role < 0 ? l : l.substring(0, role);
    }

    /** A word of two capitals or more: an organisation's or a product's, not a person's ("FBC", "USA"). */
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");

    /** Credits of others than the authors: "Reviewed by", "Fact checked by", "Edited by", "Illustrations by". */
    static final Pattern OTHER_CREDIT = Pattern.compile("(?i)^(?:edited|reviewed|medically reviewed|fact[- ]?checked"
            + "|photos?|photographs?|illustrations?|video|produced|translated)\\b[^,]{0,20}\\bby\\b");

    /** The words before an English "by" that label a byline: "Written by", "Story by". */
    private static final String BY_WORDS = "(?:written|posted|reported|authored|words|story|text|article)";

    /**
     * A byline's label on a line of its own ("By", "Written by", "Author:", "Article written by:"), the name on the
     * line under it.
     */
    static final Pattern LABEL_ALONE = Pattern.compile("(?i)(?:(?:article|post|story) )?(?:" + BY_WORDS
            + " )?by\\s*:?|authors?\\s*:?");

    /** A byline's label of more than "By": "Written by", "Posted by". */
    private static final Pattern WORDS_BY = Pattern.compile("(?i)" + BY_WORDS + " by");

    /**
     * The label of a byline: "By", "Written by", "Posted by", "Author:", "Contributors:", and German, French, Spanish,
     * Dutch "by".
     */
    static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(?:" + BY_WORDS + " by"
            + "|by|author|authors|contributors?(?=\\s*:)|written|reporter|von|par|por|door)\\b\\s*:?\\s*");

    /**
     * "By Jane Doe", or a name line that the page repeats, that stands next to a date line (a name or a few names) or
     * under a label alone.
     */
    static boolean looksLikeByline(List<String> lines, int i) {
        String l = lines.get(i);
        if (BYLINE_LABEL.matcher(unglued(l)).lookingAt()) {
            return true;
        }
        // a headline of a headline's length, or asking or exclaiming, is printed twice too: over the page and over the
        // article, or in the links to the next and previous posts
        long repeats = Text.wordCount(l) > MAX_REPEATED_BYLINE_WORDS || l.endsWith("?") || l.endsWith("!") ? 0
                : lines.stream().filter(x -> x.equals(l) || x.startsWith(l + " ")).count();
        return repeats >= 2 && !menuItem(lines, i)
                || nextToDate(lines, i) && (Text.wordCount(l) <= 4 || namesJoined(l))
                || underLabelAlone(lines, i);
    }

    /** The most words of a byline without its label that the page prints twice: three names of two words, two "and". */
    private static final int MAX_REPEATED_BYLINE_WORDS = 8;

    /**
     * Whether the line is two or three names of two or three capitalised words each, joined ("Julia Carrie Wong and Sam
     * Levin"), at most half their words common English words (not "Electrical Safety Tips and Best Practices").
     */
    private static boolean namesJoined(String l) {
        if (!NAMES_JOINED.matcher(l).matches()) {
            return false;
        }
        int words = 0;
        int common = 0;
        for (String word : NAME_JOINS.matcher(l).replaceAll(" ").split(" ")) {
            words++;
            common += CommonWords.allCommon(word) ? 1 : 0;
        }
        return common * 2 <= words;
    }

    private static final Pattern NAME_JOINS = Pattern.compile(", | and | & ");
    /** Two or three names of two or three capitalised words each, joined: "Julia Carrie Wong and Sam Levin". */
    private static final Pattern NAMES_JOINED = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2}"
            + "(?:(?:, | and | & )\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2}){1,2}");

    /**
     * Whether line {@code i} stands among a menu's items: the lines next to it above and below are a word or two each,
     * neither a byline's label ("Pistons" / "Red Wings" / "Michigan"; a menu the page prints twice repeats its items).
     */
    private static boolean menuItem(List<String> lines, int i) {
        List<Integer> above = linesNextTo(lines, i, -1, 1);
        if (above.stream().anyMatch(k -> TOPICS_LABEL.matcher(lines.get(k)).matches())) {
            return true; // "Tags" / "San Diego"
        }
        List<Integer> next = new ArrayList<>(above);
        next.addAll(linesNextTo(lines, i, 1, 1));
        return next.size() == 2 && next.stream().map(lines::get).allMatch(l -> Text.wordCount(l) <= MENU_ITEM_WORDS
                && !LABEL_ALONE.matcher(l).matches() && Dates.find(l) == null);
    }

    private static final int MENU_ITEM_WORDS = 2;
    /** The label of a list of an article's tags: "Tags", "Related Topics", "Filed under:". */
    private static final Pattern TOPICS_LABEL = Pattern.compile("(?i)(?:related )?" + TOPICS_WORDS + "\\s*:?");

    /**
     * Whether the line above line {@code i} (blank lines passed over) is a byline's label alone ("By:", "Written
     * by"), and the line no menu run together ("Wedding ChecklistsJust EngagedWedding Planning").
     */
    private static boolean underLabelAlone(List<String> lines, int i) {
        return linesNextTo(lines, i, -1, 1).stream().anyMatch(k -> LABEL_ALONE.matcher(lines.get(k)).matches())
                && !MENU_LIKE.matcher(lines.get(i)).find();
    }

    /** A menu's or a breadcrumb's marks: "Blog / Topics / Marketing", "News | Sport", "LiveNew YorkCityNew Jersey". */
    static final Pattern MENU_LIKE = Pattern.compile(" / | \\| |\\p{Ll}\\p{Lu}\\p{Ll}.*\\p{Ll}\\p{Lu}\\p{Ll}");

    /**
     * Whether the line next to line {@code i} above or below (blank lines passed over) holds a date, or is the time of
     * posting told from now ({@link #POSTED_AGO}).
     */
    static boolean nextToDate(List<String> lines, int i) {
        return linesNextTo(lines, i, -1, 1).stream().anyMatch(k -> dated(lines.get(k)))
                || linesNextTo(lines, i, 1, 1).stream().anyMatch(k -> dated(lines.get(k)));
    }

    private static boolean dated(String line) {
        return Dates.find(line) != null || postedAgo(line);
    }

    /** Whether the line is the time of posting told from now ({@link #POSTED_AGO}), alone or nearly. */
    private static boolean postedAgo(String line) {
        return line.length() <= MAX_POSTED_AGO_CHARS && POSTED_AGO.matcher(line).lookingAt();
    }

    /**
     * The time of posting told from now, as a page shows it beside its byline: "1 Hour Ago" (run into the site's name
     * as a copy joins them: "1 Hour AgoCNBC.com"), "12 mins ago", "Today 12:34pm", "Yesterday 9:30am".
     */
    private static final Pattern POSTED_AGO = Pattern.compile("(?i)(?:\\d+ (?:min(?:ute)?s?|hours?|hrs?|days?) ago"
            + "|(?:today|yesterday),? (?:at )?\\d{1,2}[:.]\\d{2})");
    private static final int MAX_POSTED_AGO_CHARS = 40;

    /**
     * A byline's line parted: its label ("By ", "Written by ", "Von ", or none; a label run into the name parted from
     * it, {@link #unglued}) and the names after it, up to what follows them ({@link #BYLINE_AGAIN}): the byline
     * printed again ("By Brian Fung By Brian Fung May 15", a name card's and the line's), the section ("by Abhimanyu
     * Ghoshal —in Gadgets").
     *
     * @param english whether the label is an English one ("By", "Written by"), which {@link AuthorNames#clean} reads
     *                itself: kept with the names, those in capitals after it are read ("By AMY KROUSE ROSENTHAL");
     *                others are left out ("Von", "Author:")
     */
    record Byline(String label, String names, boolean english) {

        boolean labelled() {
            return !label.isEmpty();
        }

        /** @return the label, when {@link AuthorNames#clean} is to read it with the names; else "" */
        String keptLabel() {
            return english ? label : "";
        }

        /** @return the names as {@link AuthorNames#clean} reads them: the kept label, the names, no month after them */
        String text() {
            return trimMonth(keptLabel() + names);
        }
    }

    static Byline byline(String l) {
        String line = unglued(l);
        Matcher label = BYLINE_LABEL.matcher(line);
        int end = label.lookingAt() ? label.end() : 0;
        Matcher again = BYLINE_AGAIN.matcher(line).region(end, line.length());
        return new Byline(line.substring(0, end), line.substring(end, again.find() ? again.start() : line.length()),
                end > 0 && BY_LABEL.matcher(line).lookingAt());
    }

    /** The English byline labels, which {@link AuthorNames#clean} reads itself: "By", "By:", "Written by", "Posted by". */
    private static final Pattern BY_LABEL = Pattern.compile("(?i)(?:" + BY_WORDS + " )?by:?\\s+\\S");

    /**
     * Where a byline's names end: the label again ("... By Brian Fung"), the section or topics it is filed in ("—in
     * Gadgets", "| Decision Making, Focus", or run into the name as a page copied as text may: "By Gabby BoucherIn
     * Budget Travel"), the picture's credit ("Illustration by Katherine Streeter"). (A reading time or a count of
     * comments after them {@link AuthorNames#clean} leaves out.)
     */
    private static final Pattern BYLINE_AGAIN = Pattern.compile(" By \\p{Lu}|\\s*[—–]\\s*in \\p{Lu}|\\s*\\|"
            + "|(?<=\\p{Ll})In \\p{Lu}|(?i:\\s+(?:illustrations?|photos?|photographs?|pictures?|videos?) by\\b)");

    /**
     * @return the byline without the month its date started with, where the line was cut before the day ("Jane Doe
     *         January", "Cyrus Apr"); a name's last word that only begins like a month stays ("Arlene Marturano",
     *         "Jane Martin"), and so does a month that is a name too, where it is the name's last word ("Tom May")
     */
    static String trimMonth(String s) {
        Matcher month = MONTH_AT_END.matcher(s);
        if (!month.find()) {
            return s.strip();
        }
        String name = s.substring(0, month.start());
        boolean alsoAName = MONTHS_ALSO_NAMES.contains(month.group().strip().toLowerCase(Locale.ROOT));
        return alsoAName && Text.wordCount(AuthorNames.PREFIX.matcher(name).replaceFirst("")) < 2 ? s.strip()
                : name.strip();
    }

    /** The months whose names are people's names too ("Tom May", "Jane April"). */
    private static final Set<String> MONTHS_ALSO_NAMES = Set.of("may", "june", "april", "august");

    /** A month's name or its abbreviation ending a line. */
    private static final Pattern MONTH_AT_END = Pattern.compile("(?i)\\s+" + Dates.ENGLISH_MONTH + "\\.?\\s*$");
    private static final int MAX_BYLINE_WORDS = 16;
}
