package news.ingest.extract;

import static news.ingest.extract.HeaderLines.BYLINE_LABEL;
import static news.ingest.extract.HeaderLines.HEADER_FURNITURE;
import static news.ingest.extract.HeaderLines.LABEL_ALONE;
import static news.ingest.extract.HeaderLines.MENU_LIKE;
import static news.ingest.extract.HeaderLines.OTHER_CREDIT;
import static news.ingest.extract.HeaderLines.byline;
import static news.ingest.extract.HeaderLines.bylineNames;
import static news.ingest.extract.HeaderLines.dateline;
import static news.ingest.extract.HeaderLines.datelineDate;
import static news.ingest.extract.HeaderLines.headerDate;
import static news.ingest.extract.HeaderLines.labelledByline;
import static news.ingest.extract.HeaderLines.looksLikeByline;
import static news.ingest.extract.HeaderLines.nameAlone;
import static news.ingest.extract.HeaderLines.nameOf;
import static news.ingest.extract.HeaderLines.namingByline;
import static news.ingest.extract.HeaderLines.nextToDate;
import static news.ingest.extract.HeaderLines.notHeadline;
import static news.ingest.extract.HeaderLines.oneWordName;
import static news.ingest.extract.HeaderLines.oneWordPersonName;
import static news.ingest.extract.HeaderLines.pictureCredit;
import static news.ingest.extract.HeaderLines.plainName;
import static news.ingest.extract.HeaderLines.sentence;
import static news.ingest.extract.HeaderLines.teamOrOneName;
import static news.ingest.extract.HeaderLines.trimMonth;
import static news.ingest.extract.HeaderLines.unglued;
import static news.ingest.extract.HeaderLines.withMonthParted;
import static news.ingest.extract.PastedLines.CONTENTS_LABEL;
import static news.ingest.extract.TextPage.isProse;
import static news.ingest.extract.TextPage.linesNextTo;
import static news.ingest.extract.TextPage.runLines;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.ingest.extract.HeaderLines.Byline;

/**
 * Reads the header of an article found in plain text ({@link TextPage}): the lines above its run, the first lines of
 * the run and those just below it. The nearest title-like line above the run is the title (or a headline further up,
 * over its byline and dateline, where the nearer line is a subtitle, a standfirst or a widget's heading:
 * {@link TextHeadlines} says where it stands); person-name lines are bylines; date lines are datelines ("updated"
 * dates give the modification time). A text that starts with its first paragraph has no title (null): the extractor
 * does not invent one. What each line is, is {@link HeaderLines}' to say.
 */
final class TextHeader {

    /** The headline read over the article; null where none was. */
    String title;

    /** The names its bylines give, in order. */
    final List<String> authors = new ArrayList<>();

    /** The dates its datelines give: the publication's, and the last change's ("Updated ..."). */
    OffsetDateTime publishedAt;
    OffsetDateTime modifiedAt;

    private static final Pattern UPDATED = Pattern.compile("(?i)updated|modified|edited|aktualisiert|mis à jour|actualizado");
    static final int HEADER_WINDOW = 12;

    /** How many lines above the headline are read for a dateline or byline ("Travel · September 8, 2021", "By ..."). */
    private static final int TITLE_DATELINE_LINES = 3;

    /** The lines of the article's run, once {@link #read}. */
    private List<String> articleLines = List.of();

    /** Where the headline may stand over the article's run ({@link #read}). */
    private TextHeadlines headlines;

    /** Whether the article's text is English ({@link #english()}), once asked. */
    private Boolean english;

    /** The share of common English words from which a text is English ({@link CommonWords#share}). */
    private static final double ENGLISH_SHARE = 0.4;

    /** How much of the article's opening {@link #english()} reads. */
    private static final int ENGLISH_SAMPLE_CHARS = 2000;

    /** The page's lines, and the words it writes in small letters (see {@link #personLike}), made when first asked. */
    private final List<String> pageLines;
    private Set<String> smallWords;

    /**
     * Whether a name standing alone, without a label, a date or a reading time beside it, is read as the byline
     * ({@link #readNameUnderHeadline}, and under the standfirst in {@link #readLead}): for a pasted page, not for a
     * page's lines whose markup the HTML bylines ({@link Bylines}) have read and found no author in: they tell a linked
     * name or a pull quote's speaker from a byline, which the lines alone do not.
     */
    private final boolean namesAlone;

    /** A pasted page's header. */
    TextHeader(List<String> lines) {
        this(lines, true);
    }

    /** @param namesAlone whether a name standing alone is read as the byline ({@link #namesAlone}) */
    TextHeader(List<String> lines, boolean namesAlone) {
        pageLines = lines;
        this.namesAlone = namesAlone;
    }

    /**
     * Reads the header of the article whose run is the lines {@code [start, end]}: the title and the bylines and
     * datelines over it, under its standfirst ({@link #readLead}) and after it.
     *
     * @return the indexes of the run's lines read as the header's (a byline or dateline under the standfirst), which
     *         are not the article's text
     */
    Set<Integer> read(int start, int end) {
        List<String> lines = pageLines;
        articleLines = lines.subList(start, end + 1);
        headlines = new TextHeadlines(lines, start, end, this::personLike);
        String foundTitle = readHeader(lines, start, end);
        // a headline over its byline or dateline further up, where the line the walk up took stands over none: a
        // widget's or a promotion's heading between headline and text, or a section's heading where the article's run
        // starts at a later section. A headline of a few words only when the article uses more of its words.
        int far = foundTitle == null || !headerOverBlock ? headlines.overFarBlock() : -1;
        if (far >= 0 && foundTitle != null && Text.wordCount(lines.get(far)) < FULL_HEADLINE_WORDS
                && headlines.articleWords(lines.get(far)) <= headlines.articleWords(foundTitle)) {
            far = -1;
        }
        if (far >= 0) {
            readAbove(lines, far);
            readBlock(lines, far, start);
            foundTitle = lines.get(far);
        }
        int crumbed = headlines.underBreadcrumb();
        if (crumbed >= 0 && !lines.get(crumbed).equals(foundTitle)) {
            readAbove(lines, crumbed);
            readBlock(lines, crumbed, start);
            foundTitle = lines.get(crumbed);
        }
        Set<Integer> lead = readLead(lines, start, end, foundTitle == null ? "" : foundTitle);
        if (crumbed > start) {
            lead.add(start); // the run opens with the trail and the headline it names: neither is the article's text
            leaveOut(lines, crumbed, end, lead);
        }
        readTrailer(lines, end);
        int overByline = foundTitle == null && !authors.isEmpty() ? headlines.overByline(authors.get(0)) : -1;
        if (overByline >= 0) {
            foundTitle = lines.get(overByline);
            if (overByline >= start) {
                leaveOut(lines, overByline, end, lead);
            }
        }
        int shortTitle = foundTitle == null ? headlines.shortTitleOverRun() : -1;
        if (shortTitle >= 0) {
            foundTitle = lines.get(shortTitle);
        }
        int dated = foundTitle == null ? headlines.underDateline() : -1;
        if (dated >= 0) {
            foundTitle = lines.get(dated);
        }
        if (authors.isEmpty()) {
            readLabelledByline(lines, start);
        }
        if (authors.isEmpty() && foundTitle != null && namesAlone) {
            readNameUnderHeadline(lines, foundTitle, start);
        }
        if (authors.isEmpty()) {
            readClosingCredit(lines, end);
        }
        if (authors.isEmpty()) {
            readOnlyLabelledByline(lines);
        }
        if (authors.isEmpty()) {
            readAuthorBox(lines, start, end);
        }
        if (authors.isEmpty()) {
            readNameOverReadingTime(lines, start);
        }
        if (authors.isEmpty() && namesAlone) {
            readNameUnderReadingTime(lines, start);
        }
        if (publishedAt == null && modifiedAt == null) {
            readDatelineAbove(lines, start);
        }
        if (publishedAt == null && modifiedAt == null) {
            publishedAt = onlyLabelledDay(lines, PUBLISHED_LABEL);
        }
        if (publishedAt == null && modifiedAt == null) {
            readOnlyDateline(lines);
        }
        if (publishedAt == null && modifiedAt == null) {
            modifiedAt = onlyLabelledDay(lines, LAST_CHANGE_LABEL);
        }
        readFirstPublication(lines);
        title = foundTitle;
        return lead;
    }

    /**
     * Reads the bylines and datelines over and under a headline the page's markup names, at line {@code headline} above
     * the article's run {@code [start, end]}: the walk up from the run ({@link #read}) may take a widget's heading
     * between them for the headline.
     */
    void readAroundHeadline(int headline, int start, int end) {
        articleLines = pageLines.subList(start, end + 1);
        readAbove(pageLines, headline);
        readBlock(pageLines, headline, start);
    }

    /**
     * Reads the day a note gives as the article's first publication ("Updated November 11, 2022 8:23 PM ET Originally
     * published November 9, 2022", "This article was originally published on 26 Sep 2019 at 4:12pm but has been
     * updated"), the first such note on the page, where it is earlier than the day read so far: that day is the last
     * change's.
     */
    private void readFirstPublication(List<String> lines) {
        for (String l : lines) {
            Matcher note = l.length() <= MAX_FIRST_PUBLISHED_CHARS ? Datelines.FIRST_PUBLISHED.matcher(l) : null;
            OffsetDateTime first = note != null && note.find() ? Dates.find(note.group(1)) : null;
            if (first == null) {
                continue;
            }
            OffsetDateTime shown = publishedAt != null ? publishedAt : modifiedAt;
            if (shown == null || first.toLocalDate().isBefore(shown.toLocalDate())) {
                if (shown != null && (modifiedAt == null || modifiedAt.isBefore(shown))) {
                    modifiedAt = shown;
                }
                publishedAt = first;
            }
            return;
        }
    }

    private static final int MAX_FIRST_PUBLISHED_CHARS = 200;

    /**
     * Reads title, bylines and dates from the lines above the article's run {@code [start, end]}; returns the title or
     * null. A table of contents between headline and article (its label, and lines the article has as its
     * sub-headings) is passed over without counting towards the lines read.
     */
    private String readHeader(List<String> lines, int start, int end) {
        Set<String> headings = new HashSet<>(lines.subList(start, end + 1));
        int read = 0;
        boolean overBlock = false; // a byline or dateline passed on the way up
        for (int i = start - 1; i >= 0 && read < HEADER_WINDOW; i--) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            if (CONTENTS_LABEL.matcher(l).matches() || contentsEntry(lines, i, start, headings)
                    || BoilerplateLines.isAffiliateDisclosure(l) && !dateline(l)) {
                continue;
            }
            if (l.chars().anyMatch(Character::isLetter)) {
                read++; // "|", "19:15", "/" (a share bar's marks, an audio player's times) count for nothing
            }
            int words = Text.wordCount(l);
            String spaced = withMonthParted(l);
            Dates.Found dated = headerDate(spaced);
            if (dated != null) {
                readDateline(labelAbove(lines, i) + spaced, dated, true);
                addDatelineAuthors(spaced, dated);
                if (authors.isEmpty()) {
                    readBylineParts(spaced); // "0 · by Dennis Moons · Updated on 8 January 2026"
                }
                overBlock = true;
                continue;
            }
            if (readBylineParts(spaced)) {
                overBlock = true;
                continue;
            }
            if (pictureCredit(l) || OTHER_CREDIT.matcher(l).find() || siteCredit(l)
                    || BoilerplateLines.isCreditedCaption(l) || BoilerplateLines.isLabelledCaption(l)) {
                continue; // (a credit, or a picture's caption between headline and text)
            }
            String byline = opensWithLabel(l) ? beforeItsDate(l) : l; // "By ADAM GOLDMANSEPT. 19, 2016"
            if (words <= 8 && looksLikeByline(lines, i) || labelledByline(byline)) {
                boolean labelled = BYLINE_LABEL.matcher(unglued(byline)).lookingAt();
                List<String> names = bylineNames(byline);
                if (labelled ? menuHeading(names, lines, i) : names.stream().allMatch(CommonWords::allCommon)) {
                    names = List.of();
                }
                if (!names.isEmpty()) {
                    overBlock = true;
                    if (labelled && !labelledAuthors) {
                        authors.clear(); // a labelled byline over names read from lines without a label
                    }
                    if (labelled || !labelledAuthors) {
                        addBylineAndItsDay(l);
                    }
                    labelledAuthors |= labelled;
                    continue;
                }
                if (labelled && authors.isEmpty() && nextToDate(lines, i) && addOneWordByline(byline)) {
                    overBlock = true;
                    labelledAuthors = true;
                    continue;
                }
            }
            if (LABEL_ALONE.matcher(l).matches() && !labelledAuthors) {
                // "Written by" on a line of its own, the name on the next: read when the walk up comes to the label
                int name = nameUnderLabel(lines, i, start);
                if (name >= 0) {
                    authors.clear();
                    addNamesUnderLabel(lines, i, name);
                    labelledAuthors = true;
                }
                continue;
            }
            if (notHeadline(l) || roleUnderName(lines, i)) {
                continue;
            }
            if (words <= 30 && !isProse(l)) {
                int over = headlines.doubled(i);
                if (over < 0) {
                    over = headlines.overBlock(i);
                }
                if (over < 0) {
                    over = headlines.ofTheArticle(i);
                }
                if (over < 0) {
                    over = headlines.overDek(i);
                }
                if (over < 0 && overBlock) {
                    over = headlines.overSubtitle(i);
                }
                if (over < 0) {
                    over = headlines.overTopics(i);
                }
                int headline = over >= 0 ? over : i;
                headerOverBlock = overBlock || over >= 0;
                readAbove(lines, i); // a dateline or byline over the headline
                if (over >= 0) {
                    readBlock(lines, over, i);
                }
                return lines.get(headline).replaceFirst("^(?i)(?:reading|title|headline)\\s*:\\s*", "");
            }
            break;
        }
        return null;
    }

    /**
     * Whether the line credits a picture to the site and its photographer or illustrator ("Treehugger / Lindsey
     * Reynolds", "Investopedia / Mira Norian"): one word and a name parted by a slash, the word one the page prints on
     * {@value #SITE_NAME_LINES} other lines at least (the site's name, in its menus and footer), not a byline.
     */
    private boolean siteCredit(String l) {
        Matcher credit = SITE_CREDIT.matcher(l);
        if (!credit.matches()) {
            return false;
        }
        int named = 0;
        for (String other : pageLines) {
            if (!other.equals(l) && other.contains(credit.group(1)) && ++named >= SITE_NAME_LINES) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SITE_CREDIT = Pattern.compile(
            "(\\p{Lu}\\p{L}+) / \\p{Lu}\\p{L}+(?: \\p{Lu}[\\p{L}'’-]+){1,2}");

    /** The fewest other lines that print a site's name ({@link #siteCredit}). */
    private static final int SITE_NAME_LINES = 2;

    /**
     * Whether line {@code i} is the role of the person whose name or byline stands right over it ("By Preetam Jinka" /
     * "Co-founder and Chief Architect", "Kendall Breitman" / "Social Media & Community Expert"): part of the byline,
     * not a headline.
     */
    private static boolean roleUnderName(List<String> lines, int i) {
        String l = lines.get(i);
        List<Integer> above = linesNextTo(lines, i, -1, 1);
        if (above.isEmpty() || Text.wordCount(l) > MAX_ROLE_WORDS || !AuthorNames.isJobTitle(l)) {
            return false;
        }
        String name = lines.get(above.get(0));
        return namingByline(name) || Text.wordCount(name) <= 4 && bylineNames(name).equals(List.of(name));
    }

    /** The most words of a person's role on a line of its own under the name. */
    private static final int MAX_ROLE_WORDS = 6;

    /**
     * Whether a line labelled as a byline is a menu's heading: its names all common words ("By Event Type" over the
     * menu's items), with no day beside them. An organisation's byline is read by its day ("By Block Renovation" /
     * "09.10.2024").
     */
    private static boolean menuHeading(List<String> names, List<String> lines, int i) {
        return !names.isEmpty() && names.stream().allMatch(CommonWords::allCommon) && Dates.find(lines.get(i)) == null
                && !nextToDate(lines, i);
    }

    /**
     * Reads the byline, dateline and picture credit that a page prints under its standfirst, inside the article's
     * run: among the run's first {@value #LEAD_LINES} lines, after at most two paragraphs (a standfirst of two, or
     * one and a picture's caption). They are not the article's text, and neither is a standfirst right over them (the
     * run's first paragraph, the next line the byline or dateline). Where none of them is a byline, a name standing
     * alone under the standfirst ({@link HeaderLines#nameAlone}) is the author's.
     *
     * @param headline the title read over the run, or "" (a name standing alone must not be one of its words)
     * @return the indexes of the lines read
     */
    private Set<Integer> readLead(List<String> lines, int start, int end, String headline) {
        Set<Integer> read = new HashSet<>();
        int paragraphs = 0;
        int nameAlone = -1;
        int standfirst = -1;
        for (int i : runLines(lines, start, end, LEAD_LINES)) {
            String l = lines.get(i);
            int words = Text.wordCount(l);
            Dates.Found dated = words <= 12 || !isProse(l) ? headerDate(l) : null;
            int labelled = nameUnderLabel(lines, i, end + 1);
            if (standfirst >= 0 && (dated != null || labelled >= 0 || namingByline(l))) {
                read.add(standfirst); // a standfirst right over the byline or dateline: the header's, not the text
            }
            standfirst = -1;
            if (labelled >= 0) {
                if (authors.isEmpty()) {
                    addNamesUnderLabel(lines, i, labelled);
                }
                read.add(i);
                read.add(labelled);
            } else if (read.contains(i)) {
                continue; // the names under a label read above
            } else if (dated == null && namingByline(l)) {
                if (authors.isEmpty()) {
                    addByline(l); // (a long role after the name may read as a sentence: "Sr. Director of ...")
                }
                read.add(i);
            } else if (dated == null && authors.isEmpty() && readBylineParts(l)) {
                read.add(i);
            } else if (isProse(l)) {
                if (++paragraphs > 2) {
                    break;
                }
                standfirst = paragraphs == 1 && read.isEmpty() ? i : -1;
            } else if (dated != null) {
                readDateline(labelAbove(lines, i) + l, dated);
                readDatelineNames(l, dated);
                read.add(i);
            } else if (words <= 12 && pictureCredit(l)) {
                read.add(i);
            } else if (words <= 8 && nextToDate(lines, i)) {
                if (!bylineNames(l).isEmpty()) {
                    if (authors.isEmpty()) {
                        addByline(l);
                    }
                    read.add(i);
                } else if (oneWordName(l, true) != null) {
                    if (authors.isEmpty()) {
                        addOneWordByline(l);
                    }
                    read.add(i);
                }
            } else if (namesAlone && nameAlone < 0 && paragraphs > 0 && nameAlone(l, headline) && english()) {
                nameAlone = i; // a name standing alone under the standfirst: read if no byline is
            }
        }
        if (authors.isEmpty() && nameAlone >= 0) {
            String l = lines.get(nameAlone);
            if (addAuthors(nameOf(l), false)) {
                read.add(nameAlone);
            }
        }
        return read;
    }

    /**
     * Reads the credit that closes an article: a byline with its label among the run's last two lines or the three
     * after it ("Written by Cassidy Horton"), or a sentence that says who wrote it ("This post was written by Danielle
     * Padula, Head of Marketing").
     */
    private void readClosingCredit(List<String> lines, int end) {
        List<Integer> near = new ArrayList<>(linesNextTo(lines, end + 1, -1, 2));
        near.addAll(linesAfterPostLinks(lines, end, 3));
        for (int i : near) {
            String l = lines.get(i);
            Matcher credit = WRITTEN_BY_SENTENCE.matcher(l);
            if (namingByline(l)) {
                addByline(l);
                return;
            } else if (Text.wordCount(l) <= MAX_CREDIT_WORDS && credit.find()) {
                addAuthors(l.substring(credit.end()), true);
                return;
            }
        }
    }

    /**
     * The indexes of up to {@code count} lines with text after line {@code end}, past the links to the previous and the
     * next post ("Previous Post" and the title under it), which a blog prints between its post and the author's credit.
     */
    private static List<Integer> linesAfterPostLinks(List<String> lines, int end, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int i = end + 1; i < lines.size() && out.size() < count; i++) {
            if (POST_LINK_LABEL.matcher(lines.get(i)).matches()) {
                List<Integer> title = linesNextTo(lines, i, 1, 1);
                i = title.isEmpty() ? i : title.get(0); // the linked post's title
            } else if (!lines.get(i).isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The label of a link to the post before or after: "Previous Post", "Next article", "« Older". */
    private static final Pattern POST_LINK_LABEL = Pattern.compile(
            "(?i)[«‹←<]?\\s*(?:previous|prev|next|older|newer)(?: (?:post|article|story|entry))?\\s*[»›→>]?");

    /** "This post was written by", "The article was written by": a sentence crediting the article's writer. */
    private static final Pattern WRITTEN_BY_SENTENCE = Pattern.compile(
            "(?i)^(?:this|the) (?:post|article|story|piece|blog post|guide) (?:was|is) (?:written|authored) by ");
    private static final int MAX_CREDIT_WORDS = 30;

    /**
     * Reads a byline and a dateline printed on one line between separators ("By Scott Levine – Updated Sep 9, 2025 at
     * 1:00 PM EST | Fact-checked by Frank Bass", too long a line for a dateline, or "0 · by Dennis Moons · Updated on
     * 8 January 2026", a dateline whose names do not open it), each part as what it is.
     *
     * @return whether the line is such a line: two parts or more, one a labelled byline that names someone
     */
    private boolean readBylineParts(String l) {
        String[] parts = PART_SEPARATOR.split(l);
        if (parts.length < 2) {
            return false;
        }
        String byline = null;
        for (int k = 0; k < parts.length && byline == null; k++) {
            if (namingByline(parts[k])) {
                byline = parts[k];
            }
        }
        if (byline == null) {
            return false;
        }
        for (String part : parts) {
            Dates.Found dated = part.equals(byline) ? null : headerDate(part);
            if (dated != null) {
                readDateline(part, dated);
            }
        }
        if (!labelledAuthors) {
            authors.clear(); // a labelled byline over names read from lines without a label
        }
        addByline(byline);
        labelledAuthors = true;
        return true;
    }

    /** What parts a byline from its dateline on one line: " | ", " · ", " • ", " – ". */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|·•⋅●–—]\\s+");

    /** How many lines of the article's run may hold a byline or dateline under its standfirst. */
    static final int LEAD_LINES = 6;

    /**
     * The date's label on the line above line {@code i}, with a space after it, when that line is a label alone
     * ("Updated at" / "Dec 10, 2025"); else "".
     */
    private static String labelAbove(List<String> lines, int i) {
        for (int k : linesNextTo(lines, i, -1, 1)) {
            if (DATE_LABEL_ALONE.matcher(lines.get(k)).matches()) {
                return lines.get(k) + " ";
            }
        }
        return "";
    }

    /** Reads a {@link HeaderLines#dateline}'s date: the last change's when it says "Updated", else the publication's. */
    private void readDateline(String l, Dates.Found found) {
        readDateline(l, found, false);
    }

    /** @param ofTheHeader whether the dateline stands in the header over the article, read up from its text */
    private void readDateline(String l, Dates.Found found, boolean ofTheHeader) {
        OffsetDateTime date = found.date();
        boolean updated = UPDATED.matcher(l).find();
        OffsetDateTime other = updated ? null : dateBeside(l);
        if (other != null && !other.isEqual(date)) {
            // two days side by side and no label: a blog's theme prints its post's publication and last change, in
            // either order ("Posted on November 25, 2024December 3, 2024", "May 21, 2025April 24, 2025 by ...")
            boolean otherFirst = other.isBefore(date);
            publishedAt = publishedAt == null ? (otherFirst ? other : date) : publishedAt;
            modifiedAt = modifiedAt == null ? (otherFirst ? date : other) : modifiedAt;
        } else if (updated) {
            modifiedAt = modifiedAt == null ? date : modifiedAt;
        } else if (publishedAt == null) {
            publishedAt = date;
        } else if (ofTheHeader && modifiedAt == null && date.isBefore(publishedAt)) {
            // a second day over the article, earlier than the one read nearer it: the publication's, under which
            // the page prints the last change's without a label ("8/1/2025" / "8/27/2025")
            modifiedAt = publishedAt;
            publishedAt = date;
        }
    }

    /**
     * @return the day a dateline prints right after its first, at most a separator between them; else null. (The line
     *         is read again: the first day's place its caller found is in the line without the label now before it.)
     */
    private static OffsetDateTime dateBeside(String l) {
        Dates.Found first = Dates.first(l);
        Dates.Found next = first == null ? null : Dates.first(l.substring(first.end()));
        return next != null && LEADING_SEPARATORS.matcher(l.substring(first.end(), first.end() + next.start()))
                .replaceFirst("").isEmpty() ? next.date() : null;
    }

    /** Reads the datelines and bylines between the headline at {@code headline} and the line at {@code below}. */
    private void readBlock(List<String> lines, int headline, int below) {
        boolean unlabelled = false; // names read from a line next to the date, not from a byline with its label
        for (int i = headline + 1; i < below; i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            Dates.Found dated = headerDate(l);
            int labelled = dated == null && authors.isEmpty() ? nameUnderLabel(lines, i, below) : -1;
            boolean byLabel = BYLINE_LABEL.matcher(unglued(l)).lookingAt();
            if (dated != null) {
                readDateline(labelAbove(lines, i) + l, dated);
                readDatelineNames(l, dated);
            } else if (pictureCredit(l) || OTHER_CREDIT.matcher(l).find()) {
                continue; // an editor's, a reviewer's or a photographer's name ("Edited by: Keri Stooksbury")
            } else if (labelled >= 0) {
                addNamesUnderLabel(lines, i, labelled);
            } else if ((authors.isEmpty() || unlabelled && byLabel) && Text.wordCount(l) <= 8
                    && (byLabel || nextToDate(lines, i))) {
                // a byline with its label over names read next to the date ("Updated February 12, 2026" / "Michael
                // Hession/NYT Wirecutter", the picture's credit / "By Lauren Dragan")
                authors.clear();
                addByline(l);
                if (authors.isEmpty() && byLabel && nextToDate(lines, i)) {
                    addOneWordByline(l);
                }
                unlabelled = !byLabel;
            } else if (authors.isEmpty() && opensWithLabel(l) && namingByline(beforeItsDate(l))) {
                // a long byline with its day after the names: "By MARC SANTORA, WILLIAM K. RASHBAUM, AL BAKER and
                // ADAM GOLDMANSEPT. 19, 2016"
                addBylineAndItsDay(l);
            }
        }
    }

    /**
     * Whether line {@code i}, above the article starting at {@code start}, is an entry of its table of contents: a
     * line the article has as a sub-heading, next to another such entry or to the table's label (a headline the
     * article repeats as a heading stands alone).
     */
    private static boolean contentsEntry(List<String> lines, int i, int start, Set<String> headings) {
        String line = lines.get(i);
        if (!headings.contains(line) || LABEL_ALONE.matcher(line).matches() || dateline(line) || nextToDate(lines, i)) {
            return false; // a byline's label, a dateline or the name beside it, printed again further down, is no entry
        }
        for (int step = -1; step <= 1; step += 2) {
            for (int k : linesNextTo(lines, i, step, 1)) {
                String next = lines.get(k);
                if (k < start && !next.equals(line)
                        && (headings.contains(next) || CONTENTS_LABEL.matcher(next).matches())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds to {@code lead} (the lines that are not the article's text) a headline the article's run starts with (one
     * written as a sentence) and what stands between it and the text: its byline, already read, and buttons of a word
     * or two ("tweet", "share").
     */
    private static void leaveOut(List<String> lines, int headline, int end, Set<Integer> lead) {
        lead.add(headline);
        for (int i = headline + 1; i <= end; i++) {
            String l = lines.get(i);
            if (!lead.contains(i) && !l.isEmpty() && (Text.wordCount(l) > 2 || sentence(l))) {
                return;
            }
            lead.add(i);
        }
    }

    /**
     * Reads a dateline and a byline ("By Jane Doe", or a name of a few words next to the date) among the few lines
     * above the headline at {@code title}, when none was read below it.
     */
    private void readAbove(List<String> lines, int title) {
        for (int i : linesNextTo(lines, title, -1, TITLE_DATELINE_LINES)) {
            String l = lines.get(i);
            if (Text.wordCount(l) > 12 || UPDATED.matcher(l).find()) {
                continue;
            }
            OffsetDateTime date = publishedAt == null ? Dates.find(l) : null;
            int labelled = date == null && authors.isEmpty() ? nameUnderLabel(lines, i, title) : -1;
            if (date != null) {
                publishedAt = date;
                Dates.Found found = Dates.first(l);
                if (authors.isEmpty() && found != null) {
                    addDatelineAuthors(l, found);
                }
            } else if (authors.isEmpty() && (BYLINE_LABEL.matcher(unglued(l)).lookingAt()
                    && !menuHeading(bylineNames(l), lines, i)
                    || Text.wordCount(l) <= 4 && nextToDate(lines, i) && plainName(lines, i))) {
                addByline(l);
            } else if (labelled >= 0) {
                addNamesUnderLabel(lines, i, labelled);
            }
        }
    }

    /**
     * Reads the writer's name that a blog prints over the day and the reading time, the block nearest above the
     * article ("Kalyn Keen" / "Jun 9" / "5 min read", "Ben" / "2 days ago" / "6 min read", "LEONARDO GARCIA" / "Sep 26,
     * 2022" / "2 min read"): there a first name alone or a name in capitals is the writer's, where elsewhere it would
     * be a menu's or a heading's. A name is no run of common words ("Watch demo", "Related articles").
     */
    private void readNameOverReadingTime(List<String> lines, int start) {
        for (int time = start - 1; time >= 0; time--) {
            if (!READING_TIME.matcher(lines.get(time)).matches()) {
                continue;
            }
            List<Integer> day = linesNextTo(lines, time, -1, 1);
            List<Integer> over = day.isEmpty() ? List.of() : linesNextTo(lines, day.get(0), -1, 1);
            if (over.isEmpty() || !blogDay(lines.get(day.get(0)))) {
                continue;
            }
            String line = lines.get(over.get(0)).strip();
            String name = Text.wordCount(line) >= 2 ? AuthorNames.namesInCapitals(line) : line;
            int words = Text.wordCount(name);
            boolean named = words == 1 ? oneWordPersonName(name)
                    : words <= 3 && AuthorNames.isOneName(name);
            if (named && !CommonWords.allCommon(name) && !MENU_LIKE.matcher(line).find()
                    && !HEADER_FURNITURE.matcher(line).find()) {
                authors.add(name);
            }
            return;
        }
    }

    /**
     * Reads the writer's name that a page prints under the day and the reading time, right over the article, with the
     * writer's role on the line under it or without ("Last updated on November 19, 2025" / "5 min read" / "Jane
     * Doe" / "Marketing Operations Analyst"): in an English article, a name standing alone
     * ({@link HeaderLines#nameAlone}), or any name of two or three words over its role.
     */
    private void readNameUnderReadingTime(List<String> lines, int start) {
        List<Integer> above = linesNextTo(lines, start, -1, 3);
        for (int k = 1; k < above.size(); k++) {
            if (READING_TIME.matcher(lines.get(above.get(k))).matches()) {
                String name = lines.get(above.get(k - 1));
                // with the role under it, the name needs only a name's shape: a word of it may be an English word too
                boolean named = k == 1 ? nameAlone(name, "")
                        : roleUnderName(lines, above.get(0)) && Text.wordCount(name) <= 3
                        && AuthorNames.isOneName(name);
                if (named && english()) {
                    addAuthors(nameOf(name), false);
                }
                return;
            }
        }
    }

    /** A reading time on a line of its own: "5 min read", "11 min. read", "3 minute read". */
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\d+ min(?:ute)?s?\\.? read");

    /**
     * Whether the line is the day a blog prints between its writer's name and the reading time: a date ("Sep 26,
     * 2022", "December 19, 2025"), a month and day without the year ("Jun 9"), or a day told from today ("2 days ago").
     */
    private static boolean blogDay(String line) {
        return BLOG_DATE.matcher(line).matches() || Dates.DAY_FROM_TODAY.matcher(line).matches();
    }

    private static final Pattern BLOG_DATE = Pattern.compile("(?i)(?:\\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
            + "|oct|nov|dec)[a-z]*\\.?(?: \\d{1,2})?(?:,? \\d{4})?|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    /**
     * The line of names under a byline's label standing alone ("By" / "Sergio Martínez-Beltrán | The Texas Newsroom",
     * "By:" / "Jessica Elliott , Contributor"): a line of a few words above line {@code below} that names people and
     * is no menu's; -1 when line {@code label} is no such label or none follows it.
     */
    private static int nameUnderLabel(List<String> lines, int label, int below) {
        if (!LABEL_ALONE.matcher(lines.get(label)).matches()) {
            return -1;
        }
        for (int next : linesNextTo(lines, label, 1, 1)) {
            String line = lines.get(next);
            String names = withoutPublication(line);
            boolean named = !bylineNames(names).isEmpty()
                    || nextToDate(lines, next) && oneWordName(lines.get(label) + " " + names, true) != null;
            if (next < below && Text.wordCount(line) <= 6 && named
                    && !HEADER_FURNITURE.matcher(line).find() && !MENU_LIKE.matcher(names).find()) {
                return next;
            }
        }
        return -1;
    }

    /**
     * Adds the names under a byline's label standing alone ({@link #nameUnderLabel}); one word is a name there beside
     * its date ("By" / "Lauren" / "Updated October 17, 2025"), as after a bare "By" ({@link #addOneWordByline}).
     */
    private void addNamesUnderLabel(List<String> lines, int label, int names) {
        String text = withoutPublication(lines.get(names));
        if (!addAuthors(text, true)) {
            addOneWordByline(lines.get(label) + " " + text);
        }
    }

    /** A byline's names without the publication it names after a bar ("Sergio Martínez-Beltrán | The Texas Newsroom"). */
    private static String withoutPublication(String byline) {
        int bar = byline.indexOf(" | ");
        return bar < 0 ? byline : byline.substring(0, bar);
    }

    /** A dateline or byline just below the article (e.g. "Jane Doe January 11, 2025") fills what the header lacks. */
    private void readTrailer(List<String> lines, int end) {
        for (int i : linesNextTo(lines, end, 1, HEADER_WINDOW)) {
            String l = lines.get(i);
            if (publishedAt != null) {
                return;
            }
            if (Text.wordCount(l) > 12) {
                continue;
            }
            OffsetDateTime date = Dates.find(l);
            if (date == null || UPDATED.matcher(l).find()) {
                continue;
            }
            String who = l.replaceAll("(?i)[^\\p{L}\\s'’.-].*$", "").strip();
            boolean byAuthor = authors.stream().anyMatch(a -> l.toLowerCase().contains(a.toLowerCase()));
            if (byAuthor || authors.isEmpty() && !AuthorNames.clean(trimMonth(who), null, true).isEmpty()) {
                publishedAt = date;
                if (authors.isEmpty()) {
                    addAuthors(trimMonth(who), false);
                }
            }
        }
    }

    /**
     * Reads the authors a dateline names: before the date ("Tom Talbot October 14, 2025") or after it as a byline
     * ("October 11, 2023 by Autumn Huerter", "Jan 29, 2025 | By Jane Doe").
     */
    private void addDatelineAuthors(String line, Dates.Found date) {
        // the name stands before the date ("Moritz Bachmann publiziert am 3. März 2025", "By AMY KROUSE ROSENTHAL
        // MARCH 3, 2017"), or after it (below)
        Byline before = byline(date.start() > 0 && date.start() <= line.length() ? line.substring(0, date.start())
                : line);
        Matcher name = LEADING_NAME.matcher(before.names());
        if (before.labelled() && before.english() && JOINED_NAMES.matcher(before.names()).find()
                && before.names().indexOf(',') < 0 && addAuthors(before.keptLabel() + before.names(), true)) {
            // the names an English byline joins: "By PATRICK HEALY and ALEXANDER BURNS AUG. 24, 2016" (with a comma
            // the rest may be a role: "by Nicole Forbes, Master Horticulturalist & Garden Educator | Dec 30, 2025")
        } else if (name.lookingAt()) {
            // up to the first word in small letters ("Moritz Bachmann publiziert am ..."); one word after "by" is a
            // blogger's first name beside the date ("by Amanda · Dec 20, 2025 at 3:00 am")
            String names = before.keptLabel() + name.group();
            if (!addAuthors(names, before.labelled()) && before.labelled() && authors.isEmpty()
                    && ONLY_SEPARATOR.matcher(before.names().substring(name.end())).matches()) {
                addOneWordByline(names);
            }
        }
        if (date.end() <= line.length() && authors.isEmpty()) {
            String after = unglued(LEADING_SEPARATORS.matcher(line.substring(date.end())).replaceFirst(""));
            Matcher labelInside = BY_INSIDE.matcher(after);
            if (BYLINE_LABEL.matcher(after).lookingAt()) {
                // up to a separator or a section's label ("By Sara Harberson In College Essays"); one word after "by"
                // next to its date is the blogger's own ("Posted on July 1, 2024 by infuy")
                String byline = NAMES_END.matcher(after).replaceFirst("");
                if (!addAuthors(BYLINE_LABEL.matcher(byline).replaceFirst(""), true)) {
                    addOneWordByline(byline);
                }
            } else if (labelInside.find()) {
                // "Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may contain ..."
                addAuthors(NAMES_END.matcher(after.substring(labelInside.end())).replaceFirst(""), true);
            } else {
                // a name alone after the date, none of its words one that is never a name's: "Dec 26, 2025 • Mahua Das
                // in Project Management", "Dec. 19, 2025 · Niko Matsakis on behalf of ...", not "Dec 19, 2025 • Friday
                // Philosophy"
                String alone = AFTER_THE_NAME.matcher(after).replaceFirst("");
                if (CommonWords.noneIn(alone) && english()) {
                    addAuthors(alone, false);
                }
            }
        }
        String among = authors.isEmpty() ? nameAmongCounts(line) : null;
        if (among != null && AuthorNames.personShaped(Text.SPACE_RUN.split(among)) && !CommonWords.allCommon(among)
                && english()) {
            addAuthors(among, false);
        }
    }

    /**
     * The one part of a dateline that is neither a date nor a count beside it ("109 Comments | Jill Winger | Last
     * Updated: March 11, 2019", "December 15, 2025 · 30 min · 6279 words · Ash Vardanian"); null when there are more,
     * or none.
     */
    private static String nameAmongCounts(String line) {
        String[] parts = PART_SEPARATOR.split(line);
        String name = null;
        for (String part : parts) {
            String p = part.strip();
            if (COUNT.matcher(p).matches() || datelineDate(withMonthParted(p)) != null) {
                continue;
            }
            if (name != null) {
                return null;
            }
            name = p;
        }
        return parts.length > 2 ? name : null;
    }

    /** A count a dateline prints beside its date: reading time, words, comments, views. */
    private static final Pattern COUNT = Pattern.compile("(?i)\\d[\\d,.]*\\s*(?:min(?:ute)?s?|words|comments?|views"
            + "|shares|replies)(?:\\s+read)?");

    /** A character that parts a dateline's date from its byline: a space, a bar, a dot, a comma, a dash. */
    private static final String SEPARATOR = "[\\s|·•,–—-]";
    /** What may stand between a byline's name and its date: separators, "on" ("by Amanda · Dec 20, 2025"). */
    private static final Pattern ONLY_SEPARATOR = Pattern.compile(SEPARATOR + "*(?:on\\s*)?");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^" + SEPARATOR + "+");

    /**
     * Reads the authors a dateline names ({@link #addDatelineAuthors}), or its parts do ({@link #readBylineParts}),
     * where none were read yet.
     */
    private void readDatelineNames(String line, Dates.Found date) {
        if (authors.isEmpty()) {
            addDatelineAuthors(line, date);
        }
        if (authors.isEmpty()) {
            readBylineParts(line);
        }
    }

    /** What follows a name alone after a dateline's date: a separator, or "in" or "on" ("in Project Management"). */
    private static final Pattern AFTER_THE_NAME = Pattern.compile("(?:\\s*[|·•]|\\s+(?:[Ii]n|[Oo]n)\\s).*$");

    /** Where the names after a dateline's date end: a separator or a section's label ("In College Essays"). */
    private static final Pattern NAMES_END = Pattern.compile("(?:\\s*[|·•]|\\s+(?:In|On)\\b|(?<=\\p{Ll})In\\s+(?=\\p{Lu})).*$");

    /**
     * A byline's "by" inside a dateline, before a name: "Modified: May 19, 2025 by Jessica Robinson", "January 12,
     * 2025 January 22, 2025 By Gabby Boucher".
     */
    private static final Pattern BY_INSIDE = Pattern.compile("(?<!\\p{L})[Bb]y\\s+(?=\\p{Lu})");

    /** Names joined in a byline: "Jane Doe and John Roe", "Jane Doe & John Roe". */
    private static final Pattern JOINED_NAMES = Pattern.compile("\\s(?:and|AND|&)\\s");

    /** Capitalised words, and particles between them, that open a line: the name a dateline opens with. */
    private static final Pattern LEADING_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:van|von|de|der|den|da"
            + "|di|du|del|la|le|bin|al|el)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*");

    /**
     * Reads a name standing alone ({@link HeaderLines#nameAlone}) on one of the first lines under the headline, where the page
     * prints no label or date beside it ("Andrei Zakhareuski", "Jane Doe, Staff Writer").
     */
    private void readNameUnderHeadline(List<String> lines, String headline, int start) {
        int at = start - 1;
        while (at >= 0 && !lines.get(at).equals(headline)) {
            at--;
        }
        for (int next : at < 0 ? List.<Integer>of() : linesNextTo(lines, at, 1, NAME_UNDER_HEADLINE_LINES)) {
            String l = lines.get(next);
            if (next < start && nameAlone(l, headline) && english()) {
                addAuthors(nameOf(l), false);
                return;
            }
        }
    }

    /**
     * Whether the article's text is English (most of its words {@link CommonWords}): a name standing alone, without a
     * label or a date, is read only there, where the words that are never a name's are known ("Enviar Imprimir" is
     * Spanish for "Send Print").
     */
    private boolean english() {
        if (english == null) {
            StringBuilder opening = new StringBuilder();
            for (int k = 0; k < articleLines.size() && opening.length() < ENGLISH_SAMPLE_CHARS; k++) {
                opening.append(articleLines.get(k)).append('\n');
            }
            english = CommonWords.share(opening.toString()) >= ENGLISH_SHARE;
        }
        return english;
    }

    /** How many lines under the headline may hold its author's name standing alone (a standfirst between them). */
    private static final int NAME_UNDER_HEADLINE_LINES = 3;

    /** Whether the authors were read from a labelled byline ("By ..."), which no name without a label replaces. */
    private boolean labelledAuthors;

    /** Whether the headline {@link #readHeader} found stands over a byline or dateline. */
    private boolean headerOverBlock;

    /**
     * Whether a name read without a byline's label reads as a person's: no word of it after the first is one the page
     * writes in small letters ("Serious Eats", "Contact Us", "Cleaning Industry Trends", "Zoho Books": "books"), but
     * for a particle ("Nick van Mead"); its first is none of the words that open a heading or a prompt ("What We
     * Like", "How We Tested", "Our Blogs"); and not all of its words are English words that are never names ("Privacy
     * Policy", "Event Type", "Last Modified", {@link CommonWords}).
     */
    private boolean personLike(String name) {
        String[] words = name.split("\\s+");
        if (HEADING_OPENERS.contains(words[0].toLowerCase(Locale.ROOT)) || CommonWords.allCommon(name)) {
            return false;
        }
        if (smallWords == null) {
            smallWords = new HashSet<>();
            for (String line : pageLines) {
                Matcher m = SMALL_WORD.matcher(line);
                while (m.find()) {
                    smallWords.add(m.group());
                }
            }
        }
        for (int k = 1; k < words.length; k++) {
            String word = words[k].toLowerCase(Locale.ROOT);
            if (smallWords.contains(word) && !NAME_PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Words in small letters inside a person's name: "Nick van Mead", "Ursula von der Leyen". */
    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "del",
            "della", "dos", "das", "la", "le", "bin", "ibn", "al", "el", "ter", "y");

    /**
     * A word in small letters, standing alone: "books" of "the books", not the "ooks" of "Books", nor a part of an
     * address or a handle ("beth.mole@arstechnica.com", "@bethmole", "/mole/").
     */
    private static final Pattern SMALL_WORD = Pattern.compile(
            "(?<![\\p{L}'’.@/_-])\\p{Ll}[\\p{Ll}'’-]*(?![\\p{L}@/_]|\\.\\p{L})");

    /** First words of headings and prompts, never of a person's name. */
    private static final Set<String> HEADING_OPENERS = Set.of("what", "why", "how", "when", "where", "who", "which",
            "our", "your", "my", "we", "get", "key", "contact", "about", "more", "all", "best", "top", "new", "see",
            "read", "view", "learn", "join", "sign", "log", "share", "follow", "subscribe", "related", "latest",
            "popular", "recent", "the", "this", "these", "add", "start", "press", "click", "try", "download", "on", "in",
            "at", "for", "with", "from", "to", "of");

    /**
     * Reads the nearest byline with its label ("By Sandra Boicheva", "Written by Camila Karalyte") within
     * {@value #LABELLED_BYLINE_LINES} lines above the article, for a page that prints it away from the headline (an
     * author's box over the headline, a sidebar's); its names must read as a person's ({@link #personLike}), not a
     * menu's "Browse By Event Type".
     */
    private void readLabelledByline(List<String> lines, int start) {
        for (int i : linesNextTo(lines, start, -1, LABELLED_BYLINE_LINES)) {
            String l = lines.get(i);
            if (namingByline(l)) {
                // further from the headline: a person's name only
                addAuthors(BYLINE_LABEL.matcher(unglued(l)).replaceFirst(""), false);
                return;
            }
        }
    }

    private static final int LABELLED_BYLINE_LINES = 40;

    /**
     * Reads the nearest dateline within {@value #LABELLED_BYLINE_LINES} lines above the article, for a page that prints
     * it away from the headline ("Tuesday February 11 2025" in an author's box over it, "Last updated: Sep 4, 2025"),
     * and the names it gives where none were read ("Published August 7, 2023 by Nicole Burke").
     */
    private void readDatelineAbove(List<String> lines, int start) {
        for (int i : linesNextTo(lines, start, -1, LABELLED_BYLINE_LINES)) {
            Dates.Found found = headerDate(lines.get(i));
            if (found != null) {
                readDateline(lines.get(i), found);
                readDatelineNames(lines.get(i), found);
                return;
            }
        }
    }

    /**
     * The day a label gives anywhere on the page, for a page whose header and datelines near the article gave none
     * (the date printed under the article, or far above a list article's run), when every such label on the page gives
     * that one day: several are a list of other articles' dates. With {@link #PUBLISHED_LABEL}, the publication's
     * ("Published August 13, 2025", "Posted on April 13, 2023", or "Published" on a line of its own over "August 30,
     * 2024"); with {@link #LAST_CHANGE_LABEL}, read when nothing else dates the page, the last change's ("Last updated:
     * 2025-02-22", "Page last modified Jan. 17, 2025 @ 01:39 PM EST", "Content current as of:" over "09/25/2025").
     *
     * @return the day, or null when no label gives one or the labels give several
     */
    private static OffsetDateTime onlyLabelledDay(List<String> lines, Pattern labels) {
        OffsetDateTime only = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher label = labels.matcher(l);
            if (!label.lookingAt() || Text.wordCount(l) > 12) {
                continue;
            }
            String dated = label.end() < l.length() ? l.substring(label.end())
                    : linesNextTo(lines, i, 1, 1).stream().map(lines::get).findFirst().orElse("");
            Dates.Found found = Text.wordCount(dated) <= 8 ? Dates.first(dated) : null;
            if (found == null || found.start() > 0) {
                continue;
            }
            if (only != null && !only.toLocalDate().equals(found.date().toLocalDate())) {
                return null;
            }
            only = only == null ? found.date() : only;
        }
        return only;
    }

    /**
     * Reads the day of a dateline anywhere on the page ("Friday, December 19, 2025", "December 15, 2025 · 30 min · 6279
     * words · Ash Vardanian") as the publication's, for a page whose header and labels gave none, when it is the only
     * day the page names at all: a page that names other days (a list of articles, an offer's end, a law's date) does
     * not say which is the article's. A day that a label gives as the last change's ("Last updated: ...") is not read
     * as the publication's (on such pages that is as often another day the page no longer shows): it is read last, as
     * the last change's ({@link #onlyLabelledDay}).
     */
    private void readOnlyDateline(List<String> lines) {
        OffsetDateTime only = null;
        Dates.Found dateline = null;
        for (String l : lines) {
            for (OffsetDateTime day : Dates.findAll(l)) {
                if (only != null && !only.toLocalDate().equals(day.toLocalDate()) || UPDATED.matcher(l).find()) {
                    return;
                }
                only = only == null ? day : only;
            }
            if (dateline == null && !isProse(l) && !l.contains("://") && !l.startsWith("www.")) {
                dateline = datelineDate(l);
            }
        }
        if (dateline != null) {
            publishedAt = dateline.date();
        }
    }

    /**
     * A headline over a byline or dateline block further up with this many words or more is the article's, whatever
     * heading stands nearer the text ("Video Production 101: The Ultimate Guide for Beginners and Professionals" over
     * the section heading "What Is Video Production?"); a shorter line there may be a box's ("Work with us").
     */
    private static final int FULL_HEADLINE_WORDS = 7;

    /** A date's label on a line of its own: "Updated on", "Last updated:", "Updated at", "Published", "Date:". */
    static final Pattern DATE_LABEL_ALONE = Pattern.compile("(?i)(?:last |first |originally )?(?:published"
            + "|posted|updated|modified|reviewed)(?: on| at| date)?\\s*:?|date\\s*:?");

    /** A publication date's label: "Published", "Published on:", "Posted on", "Published Date:", "First published". */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)(?:first |originally )?(?:published|posted)"
            + "(?: on| date)?\\s*:?\\s*");

    /**
     * The label of the last change's day at a line's start: "Last updated:", "Updated on", "Page last modified",
     * "Content current as of:".
     */
    private static final Pattern LAST_CHANGE_LABEL = Pattern.compile("(?i)(?:page |content |article )?(?:last )?"
            + "(?:updated|modified|last modified|current as of)(?: on| at)?\\s*:?\\s*");

    /**
     * Reads the people that the page's bylines with a label ("By Emily Way", "Written by Moses Kim and Kate Shokurova")
     * name anywhere on it, for a page whose header, lead and closing credit gave none (the byline in an author's box far
     * above or below the article), when every such byline on the page names those people: several are a list of other
     * articles' writers, or of comments'. Far from the headline, a name must read as a person's ({@link #personLike}),
     * not a menu's ("Browse By Event Type") or a notice's ("By using this site you agree to our Privacy Policy").
     */
    private void readOnlyLabelledByline(List<String> lines) {
        List<String> only = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int under = nameUnderLabel(lines, i, lines.size());
            if (under >= 0) {
                line = "By " + withoutPublication(lines.get(under)); // "Article by" / "Matias Heikkilä"
            }
            if (!opensWithLabel(line)) {
                continue;
            }
            String l = beforeItsDate(line);
            if (l.isBlank() || !labelledByline(l)) {
                continue;
            }
            List<String> names = bylineNames(l).stream().filter(this::personLike).toList();
            if (names.isEmpty()) {
                continue;
            }
            if (only != null && !only.equals(names)) {
                return;
            }
            only = names;
        }
        if (only != null) {
            authors.addAll(only);
        }
    }

    /**
     * Reads the writer an author's box names: a person's name on a line of its own and, within {@value
     * #AUTHOR_BOX_LINES} lines under it, a note about them that opens with that name or its first word ("Ridvika Arora"
     * / "Ridvika Arora is a content writer at ...", "Lauren Vetter" / "Lauren has written for ..."), outside the
     * article's run {@code [start, end]} or among its last {@value #AUTHOR_BOX_RUN_LINES} lines (where
     * {@link TextPage} then ends the article before it). Only when every such box on the page names the same person:
     * several are a list of people (speakers, a team, the article's own subjects), none of them the writer. The note
     * says the name is a person's, so a word of it may be an English word ("Matt Check", "Harsh Vaibhav"). In English
     * articles only, where a name is told from a heading ({@link #personLike}).
     */
    private void readAuthorBox(List<String> lines, int start, int end) {
        List<Integer> last = linesNextTo(lines, end + 1, -1, AUTHOR_BOX_RUN_LINES);
        int tail = last.isEmpty() ? end + 1 : Math.max(start, last.get(last.size() - 1));
        String only = null;
        boolean away = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int comma = l.indexOf(", ");
            String name = comma < 0 ? l : l.substring(0, comma); // "Jane Doe", or "Jane Doe" of "Jane Doe, Editor"
            if (!BOX_NAME.matcher(name).matches() || comma >= 0 && !nameOf(l).equals(name)) {
                continue; // (the name's shape first: most lines fail it, and a role is dearer to read)
            }
            List<String> called = List.of(name, name.substring(0, name.indexOf(' ')));
            for (int next : linesNextTo(lines, i, 1, AUTHOR_BOX_LINES)) {
                if (HtmlBody.isAuthorNote(lines.get(next), called)) {
                    if (only != null && !only.equals(name)) {
                        return;
                    }
                    only = name;
                    away |= i < start || i >= tail;
                    break;
                }
            }
        }
        if (only != null && away && AuthorNames.isOneName(only) && english()
                && personLike(only)) {
            authors.add(only);
        }
    }

    /**
     * Two or three capitalised words, as a name in an author's box: the writer's is then read as {@link #nameAlone},
     * and every other counts as another person's box ("Jane Roe" too, though "roe" is an English word).
     */
    private static final Pattern BOX_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,2}");

    /** How many lines under a name in an author's box may hold the note about them (a role's line between). */
    private static final int AUTHOR_BOX_LINES = 3;
    /** How many of the article's last lines may be an author's box. */
    private static final int AUTHOR_BOX_RUN_LINES = 4;

    /**
     * Whether the line opens with a byline's label, or with one run into a name ("ByNina Pineda"): a cheap test before
     * the dearer ones, most lines being no byline.
     */
    private static boolean opensWithLabel(String line) {
        return BYLINE_LABEL.matcher(line).lookingAt() || line.startsWith("By");
    }

    /**
     * @return the line up to the day it gives after a byline's names ({@link #dayAfterNames}): "By ADAM GOLDMAN" of "By
     *         ADAM GOLDMANSEPT. 19, 2016"; else the line
     */
    private static String beforeItsDate(String line) {
        String spaced = withMonthParted(line);
        Dates.Found day = dayAfterNames(spaced);
        return day == null ? line : spaced.substring(0, day.start());
    }

    /** Adds a byline's names, and reads the day it gives after them ("By ADAM GOLDMANSEPT. 19, 2016"), if it does. */
    private void addBylineAndItsDay(String line) {
        String spaced = withMonthParted(line);
        Dates.Found day = dayAfterNames(spaced);
        addByline(day == null ? line : spaced.substring(0, day.start()));
        if (day != null) {
            readDateline(spaced, day);
        }
    }

    /**
     * @return the day a line (its capital month parted, {@link HeaderLines#withMonthParted}) gives after some words, or
     *         null
     */
    private static Dates.Found dayAfterNames(String spaced) {
        Dates.Found day = Dates.first(spaced);
        return day != null && day.start() > 0 ? day : null;
    }

    /** Adds the names of a byline's line ({@link Byline#text}). */
    private void addByline(String l) {
        Byline byline = byline(l);
        addAuthors(byline.text(), byline.labelled());
    }

    /**
     * Adds the one word a byline next to its date names after any label, a bare "By" too ("By Clay" / "Mar 14, 2024":
     * a blogger signing with a first name; a menu's "By Topic" stands by no date).
     *
     * @return whether it named someone
     */
    private boolean addOneWordByline(String l) {
        String one = oneWordName(l, true);
        if (one != null) {
            authors.add(one);
        }
        return one != null;
    }

    /**
     * Adds the names of a byline. Names read without a byline's label ("By", "Written by") must read as a person's
     * ({@link #personLike}).
     */
    private boolean addAuthors(String line, boolean labelled) {
        String text = trimMonth(line.strip());
        List<String> names = AuthorNames.clean(text, null, true);
        if (names.isEmpty()) {
            names = teamOrOneName(text);
        } else if (!labelled) {
            names = names.stream().filter(this::personLike).toList();
        }
        for (String n : names) {
            if (authors.stream().noneMatch(a -> a.equalsIgnoreCase(n))) {
                authors.add(n);
            }
        }
        return !names.isEmpty();
    }
}
