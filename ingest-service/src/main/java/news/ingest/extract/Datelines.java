package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Reads when an article was published and last changed, trusting sources in this order: JSON-LD, {@code <meta>}
 * tags, microdata's {@code datePublished}, {@code <time>}, the date printed beside the headline or the byline, a
 * labelled dateline ("Posted on ..."), the URL. A date the page prints beside its headline wins over the metadata's,
 * unless the page labels it as an update. A numeric date that reads both ways ("06/04/2013") takes the reading the
 * metadata or the URL confirms, else day first on a page declared in any language but US English.
 */
final class Datelines {

    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
            "article.published", "published_time", "published-date", "publishdate", "publish_date", "publish-date",
            "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.issued",
            "dcterms.created", "dcterms.date", "citation_publication_date", "citation_date", "originalpublicationdate",
            "article_date_original", "date", "release_date", "cxenseparse:recs:publishtime", "datecreated");
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
            "dcterms.modified", "last-modified", "lastmod", "article.updated", "updated_time");
    /** A class or id naming a date: English words, and "datum" and "fecha" of the languages around. */
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)(date|time|publish|posted|dateline|meta|datum|fecha)");
    /** A text that starts with a dateline label: "Posted on the 15/12/2025 at 19:00", "Last updated: November 13, 2025". */
    private static final Pattern DATELINE_START = Pattern.compile("(?i)(?:posted|published|(?:last )?updated)(?: on)?(?: the)?\\s*:?\\s*(.{6,40})");
    /** A line that starts by labelling its date as the publication's: "Published August 13, 2025", "Posted on: 3/4/25". */
    private static final Pattern PUBLISHED_START = Pattern.compile("(?i)(?:(?:first |originally )?published|posted)(?: on)?(?: the)?\\s*:?\\s*(.{6,40})");
    /** A note that tells when the article first appeared: "This article was originally published on 26 Sep 2019 ...". */
    static final Pattern FIRST_PUBLISHED = Pattern.compile("(?i)\\b(?:originally|first) published(?: on| in)?(?: the)?\\s*:?\\s*(.{6,40})");
    /** "Published on", "Updated:", "Posted", "Last updated": the label of a dateline. */
    private static final Pattern DATELINE_LABEL = Pattern.compile("(?i)\\b(?:published|updated|posted|last updated|date)(?:\\s+on)?\\s*:?\\s*");
    /** A label that names the date below or beside it as the publication date: "Published", "Date published:". */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)(?:date )?(?:published|publication date|posted)(?: on)?\\s*:?");
    /**
     * "Updated", "Last updated on:", "Modified", "Mis à jour le", "Aktualisiert am" right before a date: the date of the
     * last change, not of publication.
     */
    /** A date value written year first: "2025-12-02", "2025-12-02T10:00:00Z". */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A word that labels a date as a change's: "Updated on 09/11/25", "Last modified". */
    private static final Pattern UPDATED_WORD = Pattern.compile("(?i)updated|modified|revised");
    private static final Pattern UPDATE_LABEL = Pattern.compile("(?iu)\\b(?:updated|modified|revised|mise? à jour|actualizad[oa]"
            + "|aktualisiert|atualizad[oa]|aggiornat[oa]|bijgewerkt)(?:\\s+(?:on|le|el|am|em|il|op))?\\s*:?\\s*$");

    private final Map<String, String> meta;
    private final PageText page;
    private final List<String> authors;
    private final String canonicalUrl;
    /** Whether the page's language writes numeric dates day first. */
    private final boolean dayFirst;
    /** Whether the page's declared language names its region ("en-US", "en-GB"), which says how it writes its days. */
    private final boolean regionDeclared;
    private static final Pattern REGION_TAG = Pattern.compile("(?i)\\p{L}{2,3}[-_]\\p{Alnum}{2,3}(?:[-_].*)?");
    /** The text in which the date shown beside the headline was found. */
    private String shownText;
    /** The element whose attribute or text gave the visible date, if any. */
    private Element dateElement;
    /** See {@link #timeAttributes()}; null until first asked for. */
    private List<TimeAttribute> timeAttributes;

    OffsetDateTime publishedAt;
    OffsetDateTime modifiedAt;

    /**
     * Reads the dates.
     *
     * @param meta         the page's {@code <meta>} contents by lower-case name
     * @param article      the page's JSON-LD article, or null
     * @param authors      the authors found so far (the byline's neighbourhood may hold the date)
     * @param pageUrl      the page's address, or null
     * @param canonicalUrl its canonical address, or null
     * @param languageTag  the language the page declares ("fr", "en-GB"), or null
     */
    Datelines(Map<String, String> meta, JsonLd ld, JsonNode article, PageText page, List<String> authors,
              String pageUrl, String canonicalUrl, String languageTag) {
        this.meta = meta;
        this.page = page;
        this.authors = authors;
        this.canonicalUrl = canonicalUrl;
        this.dayFirst = Dates.writesDayFirst(languageTag);
        this.regionDeclared = languageTag != null && REGION_TAG.matcher(languageTag.strip()).matches();
        readDates(ld, article, pageUrl);
    }

    private void readDates(JsonLd ld, JsonNode article, String pageUrl) {
        JsonNode webPage = ld.webPage();
        publishedAt = HtmlMetadata.first(jsonLdDate(article, "datePublished"), jsonLdDate(article, "dateCreated"));
        modifiedAt = jsonLdDate(article, "dateModified");
        if (publishedAt == null) {
            publishedAt = firstMetaDate(PUBLISHED_META);
        }
        if (publishedAt == null) {
            // site-specific names such as "w-published-date", "published", "article-publish-time"
            for (String key : new java.util.TreeSet<>(meta.keySet())) {
                if (key.contains("publish") && !key.contains("publisher") && !key.matches(".*(?:modif|updat|expir).*")) {
                    publishedAt = Dates.parse(meta.get(key));
                    if (publishedAt != null) {
                        break;
                    }
                }
            }
        }
        if (publishedAt == null) {
            publishedAt = jsonLdDate(webPage, "datePublished");
        }
        if (modifiedAt == null) {
            modifiedAt = firstMetaDate(MODIFIED_META);
        }
        if (publishedAt == null) {
            publishedAt = timeIn("[itemprop=datePublished]"); // microdata: structured too
        }
        boolean structured = publishedAt != null;
        if (publishedAt == null) {
            publishedAt = visibleDate();
        }
        // the date printed beside the headline is the one the page presents as the article's date to its readers
        // (a date the metadata lacks), unless the page labels it as an update of an earlier datePublished or also
        // shows the datePublished; the metadata's timestamp is kept when it is the same day, or the same day in some
        // time zone (the page prints its local date), being more precise, and written in the page's own offset
        // when the page uses one
        Dates.Found shownFirst = headlineDate(structured); // the first date of shownText
        OffsetDateTime shown = shownFirst == null ? null : shownFirst.date();
        OffsetDateTime other = shownFirst == null ? null : Dates.otherReading(shownText, shownFirst);
        if (other != null && (sameDay(other, publishedAt) || sameDay(other, addressDate(pageUrl))
                || writtenOnPage(other) && !writtenOnPage(shown))) {
            // "09.10.2024" or "03/10/2023" reads both ways: the reading the metadata, the URL or a <time datetime> on
            // the page (the article in a list of posts) gives is meant
            shown = other;
        } else if (other != null && (dayFirst || !regionDeclared && page.writesDaysFirst())
                && Dates.readMonthFirst(shownText)) {
            // "le 06/04/2013" on a French page is the 6th of April, and so on an English one that writes "13 April 2013"
            shown = other;
        }
        if (shown != null && !structured && dateElement != null
                && YEAR_FIRST.matcher(dateElement.attr("datetime").strip()).lookingAt()
                && !sameDay(shown, publishedAt) && sameDay(shown, Dates.find(dateElement.text()))) {
            // the shown date is the text of the very <time> whose datetime gave the date, and the two disagree
            // ("<time datetime="2024-12-20">August 28, 2024</time>"): the machine-readable ISO value stands
            shown = null;
        }
        boolean shownAsUpdate = shown != null && UPDATE_LABEL.matcher(shownText.substring(0, shownFirst.start())).find();
        if (shown != null && !sameDay(shown, publishedAt) && publishedAt != null
                && (shownAsUpdate && structured && publishedAt.isBefore(shown) || sameDay(shown, modifiedAt) && shownNearHeadline(publishedAt))) {
            // the page labels the shown date as the last update ("Updated October 8", "Last updated: Dec 4"), or shows
            // both dates: publishedAt stays the first publication, modifiedAt has the update
            modifiedAt = sameDay(shown, modifiedAt) || modifiedAt != null && modifiedAt.isAfter(shown) ? modifiedAt : shown;
            shown = null;
        }
        if (shown != null && !sameDay(shown, publishedAt) && !(structured && sameDaySomewhere(shown, publishedAt))) {
            publishedAt = sameDay(shown, modifiedAt) ? modifiedAt : shown; // keep the more precise timestamp
        } else if (shown != null && !sameDay(shown, publishedAt)) {
            publishedAt = inPageOffset(publishedAt, shown.toLocalDate()); // a UTC timestamp of the evening before
        }
        if (publishedAt == null) {
            publishedAt = HtmlMetadata.first(dateBesideByline(), labelledDate(), addressDate(pageUrl));
        } else {
            // a date the page itself labels as the publication ("Published August 13, 2025", "This article was originally
            // published on 26 Sep 2019 but has been updated") earlier than the metadata's: a republished page whose
            // metadata took the day of the republication; that day is its last change
            OffsetDateTime labelled = labelledPublication();
            if (labelled != null && !sameDay(labelled, publishedAt) && labelled.isBefore(publishedAt)) {
                modifiedAt = modifiedAt == null || modifiedAt.isBefore(publishedAt) ? publishedAt : modifiedAt;
                publishedAt = labelled;
            }
        }
        // the day chosen may come from a source that gives the day only ("datePublished": "2017-04-26", a date shown
        // as "April 26, 2017") while another gives that day's time ("article:published_time" 2017-04-26T03:55:45Z)
        OffsetDateTime shownPublication = shownAsUpdate ? null : shown;
        publishedAt = withTimeOfDay(publishedAt, () -> publishedStamps(article, webPage, shownPublication));
        modifiedAt = withTimeOfDay(modifiedAt, () -> modifiedStamps(article, webPage));
    }

    /**
     * The timestamp of that day among the page's others when the date has no time of its own (midnight UTC, which
     * is how {@link Dates} writes a day), the first in the order given; else the date unchanged. The others are read
     * only then.
     */
    private static OffsetDateTime withTimeOfDay(OffsetDateTime date, Supplier<List<OffsetDateTime>> stamps) {
        if (date == null || !atMidnightUtc(date)) {
            return date;
        }
        for (OffsetDateTime stamp : stamps.get()) {
            if (stamp != null && !atMidnightUtc(stamp) && stamp.toLocalDate().equals(date.toLocalDate())) {
                return stamp;
            }
        }
        return date;
    }

    private static boolean atMidnightUtc(OffsetDateTime date) {
        return date.getOffset().getTotalSeconds() == 0 && date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    /**
     * Every publication timestamp the page states, in order of trust: the JSON-LD article's and page's, the
     * {@code <meta>} tags', the date shown beside the headline ("Dec 16, 2016, 12:37 PM ET"; may be null), then
     * microdata's and the {@code <time datetime>} attributes', the article's only ({@link #outsideFurniture}) and not
     * those labelled as an update.
     */
    private List<OffsetDateTime> publishedStamps(JsonNode article, JsonNode webPage, OffsetDateTime shown) {
        List<OffsetDateTime> stamps = new ArrayList<>(Arrays.asList(jsonLdDate(article, "datePublished"),
                jsonLdDate(article, "dateCreated"), jsonLdDate(webPage, "datePublished")));
        stamps.addAll(metaDates(PUBLISHED_META).toList());
        stamps.add(shown);
        for (Element e : page.select("[itemprop=datePublished], time[datetime]")) {
            if (outsideFurniture(e) && (e.hasAttr("itemprop") || !labelledAsUpdate(e))) {
                stamps.add(HtmlMetadata.first(Dates.parse(e.attr("content")), Dates.parse(e.attr("datetime")),
                        isoValue(e.attr("title"))));
            }
        }
        return stamps;
    }

    /** Every timestamp of the last change the page states: the JSON-LD article's and page's, the meta tags'. */
    private List<OffsetDateTime> modifiedStamps(JsonNode article, JsonNode webPage) {
        List<OffsetDateTime> stamps = new ArrayList<>(Arrays.asList(jsonLdDate(article, "dateModified"),
                jsonLdDate(webPage, "dateModified")));
        stamps.addAll(metaDates(MODIFIED_META).toList());
        return stamps;
    }

    /** The date a JSON-LD object gives in the field; null without the object, the field or a date in it. */
    private static OffsetDateTime jsonLdDate(JsonNode object, String field) {
        return object == null ? null : Dates.parse(JsonLd.text(object.get(field)));
    }

    /** Whether the short text around a date element labels it as a change's: "Last updated on <time ...>". */
    private boolean labelledAsUpdate(Element e) {
        Element around = e.parent() != null && page.textLength(e.parent()) <= 120 ? e.parent() : e;
        return UPDATED_WORD.matcher(around.text()).find();
    }

    /** The date of an attribute value written year first ("2025-12-19T15:18:00-05:00"); null for any other value. */
    private static OffsetDateTime isoValue(String value) {
        return YEAR_FIRST.matcher(value.strip()).lookingAt() ? Dates.parse(value) : null;
    }

    /**
     * The date of a short line outside the page's furniture that starts with a publication label ("Published",
     * "Posted on") or of a note that tells when the article was first published; null if there is none.
     */
    private OffsetDateTime labelledPublication() {
        return dateAfterLabel(PUBLISHED_START, FIRST_PUBLISHED, "osted", "ublished");
    }

    /** The date in the first of these {@code <meta>} names that holds one; null if none does. */
    private OffsetDateTime firstMetaDate(List<String> keys) {
        return metaDates(keys).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The dates in these {@code <meta>} names, in their order, each read when reached; null for a name the page lacks
     * or that holds no date.
     */
    private Stream<OffsetDateTime> metaDates(List<String> keys) {
        return keys.stream().map(key -> Dates.parse(meta.get(key)));
    }

    /** The date printed in the small block that holds the author's byline ("Jane Doe · July 23, 2025"); null if none. */
    private OffsetDateTime dateBesideByline() {
        if (authors.isEmpty()) {
            return null;
        }
        int read = 0;
        for (Element e : page.elementsWithText(authors.get(0))) {
            if (page.textLength(e) > 100) {
                continue;
            }
            if (++read > Bylines.MAX_CANDIDATES) {
                break; // (a page that prints the name 90,000 times is not read to its end)
            }
            if (page.insideNoise(e)) {
                continue;
            }
            Element p = e.parent();
            for (int i = 0; i < 3 && p != null && page.textLength(p) <= 160; i++, p = p.parent()) {
                OffsetDateTime d = Dates.find(p.text());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A dateline anywhere on the page labelled as such ("Posted on April 13, 2023", "Last updated: Nov 13, 2025"). */
    private OffsetDateTime labelledDate() {
        return dateAfterLabel(DATELINE_START, null, "osted", "ublished", "pdated");
    }

    /**
     * The first date outside the page's furniture that follows a label: at the start of a line of up to 80
     * characters ({@code atStart}, group 1 after the label), or anywhere in a note of up to 200 ({@code inNote}, may
     * be null); only elements whose own text holds one of {@code words} are read.
     */
    private OffsetDateTime dateAfterLabel(Pattern atStart, Pattern inNote, String... words) {
        int read = 0;
        for (Element e : page.elementsWithText(words)) {
            int length = page.textLength(e);
            if (length > (inNote == null ? 80 : 200)) {
                continue;
            }
            if (++read > Bylines.MAX_CANDIDATES) {
                break;
            }
            if (page.insideNoise(e)) {
                continue;
            }
            String text = Text.normalize(e.text());
            Matcher label = atStart.matcher(text);
            if (length > 80 || !label.lookingAt()) {
                label = inNote == null ? null : inNote.matcher(text);
                if (label == null || !label.find()) {
                    continue;
                }
            }
            // a two-digit year ("Published 12/10/16") is read only under a label of the publication, not of an update
            boolean update = UPDATED_WORD.matcher(text.substring(0, label.start(1))).find();
            OffsetDateTime d = HtmlMetadata.first(Dates.find(label.group(1)),
                    update ? null : Dates.shortYearAtStart(label.group(1)));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** @return the date written in the page's address, else in its canonical address; null when neither has one */
    private OffsetDateTime addressDate(String pageUrl) {
        OffsetDateTime fromPage = Dates.fromUrl(pageUrl);
        return fromPage != null ? fromPage : Dates.fromUrl(canonicalUrl);
    }

    /**
     * Whether the date is the local date of the timestamp in some time zone (UTC-12 to UTC+14): a page prints its
     * local date for a timestamp its metadata gives in another zone. Midnight timestamps are dates, not instants.
     */
    private static boolean sameDaySomewhere(OffsetDateTime date, OffsetDateTime timestamp) {
        if (date == null || timestamp == null || timestamp.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return false;
        }
        java.time.Instant instant = timestamp.toInstant();
        java.time.LocalDate day = date.toLocalDate();
        return day.equals(instant.atOffset(java.time.ZoneOffset.ofHours(-12)).toLocalDate())
                || day.equals(instant.atOffset(java.time.ZoneOffset.ofHours(14)).toLocalDate());
    }

    /** A date a {@code <time datetime>} attribute gives, and whether it is written year first (reads one way only). */
    private record TimeAttribute(OffsetDateTime date, boolean yearFirst) {
    }

    /** The dates of the page's {@code <time datetime>} attributes, in page order; read once, on first use. */
    private List<TimeAttribute> timeAttributes() {
        if (timeAttributes == null) {
            timeAttributes = new ArrayList<>();
            for (Element t : page.select("time[datetime]")) {
                String value = t.attr("datetime").strip();
                OffsetDateTime d = Dates.parse(value);
                if (d != null) {
                    timeAttributes.add(new TimeAttribute(d, YEAR_FIRST.matcher(value).lookingAt()));
                }
            }
        }
        return timeAttributes;
    }

    /** Whether a {@code <time datetime>} on the page gives that day, year first (ISO 8601, which reads one way only). */
    private boolean writtenOnPage(OffsetDateTime date) {
        return timeAttributes().stream().anyMatch(t -> t.yearFirst() && sameDay(t.date(), date));
    }

    /**
     * The timestamp written in the offset the page itself uses elsewhere (a {@code <time datetime>} or a modified
     * time with its own offset) when that makes its local date the one the page shows: metadata in UTC says
     * "2025-12-19T03:05Z" for a post shown as "December 18, 2025" on a site at UTC-8. Unchanged if no offset on the
     * page does.
     */
    private OffsetDateTime inPageOffset(OffsetDateTime timestamp, java.time.LocalDate shownDay) {
        List<OffsetDateTime> written = new ArrayList<>();
        if (modifiedAt != null) {
            written.add(modifiedAt);
        }
        timeAttributes().forEach(t -> written.add(t.date()));
        for (OffsetDateTime d : written) {
            OffsetDateTime local = timestamp.withOffsetSameInstant(d.getOffset());
            if (d.getOffset().getTotalSeconds() != 0 && !d.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && local.toLocalDate().equals(shownDay)) {
                return local;
            }
        }
        return timestamp;
    }

    private static boolean sameDay(OffsetDateTime a, OffsetDateTime b) {
        return a != null && b != null && a.toLocalDate().equals(b.toLocalDate());
    }

    /** Whether a date of that day is written in the byline and dateline area around the headline. */
    private boolean shownNearHeadline(OffsetDateTime date) {
        String around = page.headlineText(300, 120);
        return around != null && Dates.findAll(around).stream().anyMatch(d -> sameDay(d, date));
    }

    /** A photo caption's opening before its date: "In this Dec. 12, 2006, file photo", "In this photo taken on". */
    private static final Pattern CAPTION_BEFORE_DATE = Pattern.compile("\\bIn this(?: [a-z]+)*\\s*$");

    /**
     * @return true when the first date of the text, written at {@code at}, is a photo caption's ("In this Dec. 12,
     *         2006, file photo")
     */
    private static boolean inCaption(String text, int at) {
        return at > 0 && CAPTION_BEFORE_DATE.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    /** "December 5, 2016 Issue": the date of a magazine's issue, printed after it; not when the article appeared. */
    private static final Pattern ISSUE_AFTER_DATE = Pattern.compile("(?i)^\\s*(?:issue|edition)\\b");

    /**
     * The label of a list of other articles, as a page prints it in title case ("Most Popular", "Related Stories",
     * "Read Next"): the dates after it are theirs. theatlantic.com prints its "Most Popular" list right under the
     * article's cover, the first teaser's date 300 characters after the headline.
     */
    private static final Pattern TEASER_LIST_LABEL = Pattern.compile("\\b(?:Most (?:Popular|Read|Viewed|Shared|Emailed)"
            + "|MOST (?:POPULAR|READ)|Trending (?:Now|Stories)|Related (?:Stories|Articles|Posts|Content|Coverage)"
            + "|Recommended (?:for You|Stories|Reading)|More (?:Stories|News|Coverage)|Read (?:Next|More)"
            + "|You (?:May|Might) Also Like)\\b");

    /**
     * The first date of the text that dates the article: not a photo's, written in its caption ("In this Dec. 12, 2006,
     * file photo", a caption element's "... in Iowa, on Jan. 23, 2016"), nor a magazine issue's ("December 5, 2016
     * Issue"); null if none. A caption's date is passed over for a later one.
     */
    private Dates.Found firstArticleDate(String text) {
        int from = 0;
        for (int i = 0; i < 5 && text != null && from < text.length(); i++) {
            Dates.Found f = Dates.first(text.substring(from));
            if (f == null) {
                return null;
            }
            int start = from + f.start();
            int end = from + f.end();
            if (inCaption(text, start)) {
                return null; // as before: the date of "In this ... photo" ends the search here
            }
            if (TEASER_LIST_LABEL.matcher(text).region(0, start).find()) {
                return null; // a list of other articles under the headline ("Most Popular"): their dates, not this one's
            }
            if (!ISSUE_AFTER_DATE.matcher(text).region(end, text.length()).lookingAt()
                    && !inCaptionElement(text, start, end)) {
                return new Dates.Found(f.date(), start, end);
            }
            from = end;
        }
        return null;
    }

    /** Whether the date written from {@code start} to {@code end} in the text sits in a photo caption of the page. */
    private boolean inCaptionElement(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), end).strip();
        String after = text.substring(start, Math.min(text.length(), Math.max(end, start + 30))).strip();
        return page.captionHolds(before) || page.captionHolds(after);
    }

    /**
     * The first date written within a few lines of the visible headline (byline and dateline area), and where it
     * starts in {@link #shownText}; null if none.
     */
    private Dates.Found headlineDate(boolean structured) {
        String after = page.headlineText(300, 0);
        shownText = after;
        Dates.Found d = firstArticleDate(after);
        if (d == null) {
            shownText = page.headlineText(0, 120);
            d = firstArticleDate(shownText);
        }
        if (d == null && after != null) {
            // a longer standfirst or image credit between the headline and a labelled dateline
            String further = page.headlineText(600, 0);
            Matcher label = DATELINE_LABEL.matcher(further);
            shownText = label.find() ? further.substring(label.start(), Math.min(further.length(), label.end() + 40)) : null;
            d = Dates.first(shownText);
        }
        if (d == null && !structured && !authors.isEmpty()) {
            // "Jane Doe 23.07.2025 · 6 min read" under a standfirst: the date right after the byline's name; further
            // from the headline, so it only stands in for metadata the page lacks
            String under = page.textAfter(page.standfirst(), 120);
            int name = under == null ? -1 : under.indexOf(authors.get(0));
            String rest = name < 0 ? "" : under.substring(name + authors.get(0).length());
            Dates.Found date = Dates.first(rest);
            shownText = date != null && date.start() <= 3 ? rest : null;
            d = shownText == null ? null : date;
        }
        return d;
    }

    /**
     * Whether a date element sits in the article (or the page's main part) under its own "Published" label, as in a
     * side panel of the article's facts ("Published / August 30, 2024", "Authors / ..."): the article's date even there.
     */
    private static boolean labelledPublishedInArticle(Element t) {
        if (t.closest("article, main") == null) {
            return false;
        }
        Element e = t;
        for (int level = 0; level < 2 && e != null; level++, e = e.parent()) {
            Element label = e.previousElementSibling();
            if (label != null && PUBLISHED_LABEL.matcher(Text.normalize(label.text())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The first date of an element the selector picks outside the page's furniture (its attribute, else its text). */
    /** The most characters of text an element read for a date holds. */
    private static final int MAX_DATE_ELEMENT_CHARS = 600;

    /** A data attribute that names the publication date ("data-published", "data-publish-date"), not an update. */
    private static final Pattern PUBLISHED_ATTRIBUTE = Pattern.compile(
            "(?i)data-(?![\\w-]*(?:updat|modif))[\\w-]*publish[\\w-]*");

    /**
     * The date of a data attribute of the element that names the publication ({@code <time
     * data-published="2016-12-09 09:13:00Z">4 hours ago</time>}: the text is relative); null if none.
     */
    private static OffsetDateTime publishedAttribute(Element t) {
        for (Attribute a : t.attributes()) {
            if (PUBLISHED_ATTRIBUTE.matcher(a.getKey()).matches()) {
                OffsetDateTime d = Dates.parse(a.getValue());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Whether the date element sits in a small block beside the byline of the article's first author, as in an
     * article's side column ("By David Fear" above "December 9, 2016" in an aside): the article's date even there.
     */
    private boolean besideByline(Element t) {
        if (authors.isEmpty()) {
            return false;
        }
        Element p = t.parent();
        for (int i = 0; i < 2 && p != null && page.textLength(p) <= 200; i++, p = p.parent()) {
            if (p.text().contains(authors.get(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date element is the article's: outside the page's furniture, or in it under the article's own
     * "Published" label or beside its byline.
     */
    private boolean outsideFurniture(Element t) {
        return !page.insideNoise(t) || labelledPublishedInArticle(t) || besideByline(t);
    }

    private OffsetDateTime timeIn(String selector) {
        for (Element t : page.select(selector)) {
            if (!outsideFurniture(t)) {
                continue;
            }
            // a date is written in a few words: the text of an element holding more is not read (of thousands of
            // <time> elements nested in one another, each held the rest of the page)
            OffsetDateTime d = HtmlMetadata.first(Dates.parse(t.attr("content")), Dates.parse(t.attr("datetime")),
                    Dates.shortYearAtStart(t.attr("datetime")), Dates.parse(t.attr("value")),
                    isoValue(t.attr("title")), publishedAttribute(t),
                    page.textLength(t) > MAX_DATE_ELEMENT_CHARS ? null : Dates.find(t.text()));
            if (d != null) {
                dateElement = t;
                return d;
            }
        }
        return null;
    }

    private OffsetDateTime visibleDate() {
        OffsetDateTime time = timeIn("time[pubdate], time[datetime], time");
        if (time != null) {
            return time;
        }
        for (Element e : page.select("[class], [id]")) {
            String marker = e.className() + " " + e.id();
            if (!DATE_CLASS.matcher(marker).find() || page.textLength(e) > MAX_DATE_ELEMENT_CHARS || e.text().length() > 150
                    || page.insideNoise(e)) {
                continue;
            }
            OffsetDateTime d = Dates.find(e.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
