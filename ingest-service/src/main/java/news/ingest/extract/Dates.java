package news.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.language.LanguageGuesser;

/**
 * Parses the date notations found in page metadata, visible datelines and URLs.
 *
 * <p>Conventions: a value with an explicit offset keeps it (a zone abbreviation such as "ET" or "CEST" gives that
 * zone's offset at that time); a date-time without an offset is taken as UTC; a date
 * without a time becomes midnight UTC. Years outside 1990..(now + 1) are rejected as implausible.
 */
final class Dates {

    /** Month names in French, German, Spanish, Italian, Portuguese and Dutch, each with its number. */
    private static final Map<String, Integer> LOCAL_MONTHS = localMonths(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "januar februar märz april mai juni juli august september oktober november dezember",
            "jänner feber märz april mai juni juli august september oktober november dezember",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            "januari februari maart april mei juni juli augustus september oktober november december");
    private static final String MONTH_NAMES = alternatives(LOCAL_MONTHS.keySet())
            + "|jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may"
            + "|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?";
    /**
     * Month names in languages that write the day (or the year) before the month, as the JDK's CLDR data spells them,
     * both as written in a date and standing alone ("15 sierpnia 2015", "20. srpna 2015", "15 августа 2015",
     * "2015. augusztus 20."), and the short names of the six languages above ("04-ago-2021", "3 févr. 2020", "12 okt
     * 2019"); a name two of them give to different months is left out. Read only after a number, so their many names
     * cost nothing where no number stands.
     */
    private static final Map<String, Integer> MORE_MONTHS = cldrMonths(Map.of(
            List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE),
            List.of("sv", "da", "nb", "fi", "pl", "cs", "sk", "sl", "hu", "ro", "tr", "et", "ca", "el", "ru", "uk", "bg"),
            List.of(TextStyle.SHORT, TextStyle.SHORT_STANDALONE), List.of("es", "fr", "de", "it", "pt", "nl")));
    private static final String MORE_MONTH_NAMES = MONTH_NAMES + "|" + alternatives(MORE_MONTHS.keySet());
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * A zone written after a time: "Z", "UTC", "+05:30", "-0800", "EST", "CEST", and "-500" (an hour of one digit, as
     * a site's template printed "10:15-500" for 10:15 at UTC-5).
     */
    private static final String ZONE = "Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?(?!\\d)|[+-]\\d{3}(?!\\d)"
            + "|(?-i:[ECMP][SD]?T|BST|CES?T|EES?T|JST|KST|IST|PKT|WIB|MSK|WAT|EAT|SAST|AWST|AES?T|AEDT|NZ[SD]T|HKT|SGT)"
            + "(?![\\p{L}])";
    /**
     * A time after a date ("at 3:53 PM", "@ 3:53 PM", " - 12:29pm", " | 10:15"); the separator may be missing when a
     * page prints the date and the time in two elements side by side ("December 15, 2016" "3:33 PM ET", read as
     * "December 15, 20163:33 PM ET").
     */
    private static final String TIME = "(?:(?:\\s+[-–—|·]\\s+|[T ,]*)(?:at\\s+|@\\s*)?"
            + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*(" + ZONE + ")?)?";
    /** A year after a month's name: four digits, or two after an apostrophe ("Mon 8 May ‘17", the Guardian's). */
    private static final String YEAR = "\\d{4}|['‘’]\\d{2}";
    /**
     * The end of a written year: no digit follows, unless a time or a reading time does, glued to it ("20163:33 PM",
     * "Mar 27, 20255 mins").
     */
    private static final String YEAR_END = "(?:(?!\\d)|(?=\\d{1,2}:\\d{2}(?!\\d))|(?=\\d{1,3}\\s?min))";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?:(?<!\\p{L})|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))(" + MONTH_NAMES + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(" + YEAR
            + ")" + YEAR_END + TIME);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?(?:\\.?\\s+(?:of\\s+|de\\s+)?|-)(" + MORE_MONTH_NAMES
            + ")(?:\\.?,?\\s+(?:de\\s+)?|\\.?-)(" + YEAR + ")" + YEAR_END + TIME);
    /** Year, month's name, day, as Hungarian writes a date: "2015. augusztus 20., 11:16". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{4})\\.?\\s+(" + MORE_MONTH_NAMES + ")\\.?\\s+(\\d{1,2})(?!\\d)\\.?" + TIME);
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<![\\d/.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})" + YEAR_END + TIME);
    /** The notation of Unix's date and Java's Date.toString: "Mon Aug 03 12:45:00 EDT 2015". */
    private static final Pattern WEEKDAY_MONTH_DAY_TIME_YEAR = Pattern.compile(
            "(?i)(?<!\\p{L})(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*,?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "\\p{L}*\\.?\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?\\s*(?:(" + ZONE
            + ")\\s+)?(\\d{4})(?!\\d)");
    /**
     * A numeric date with a two-digit year, month first, and perhaps its time ("12/10/16", "12/23/16 11:14 AM"): read
     * only after a label that names it a date ({@link #shortYearAtStart}) or as a stamp alone ({@link #shortYearStamp}).
     */
    private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])" + TIME);
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    /**
     * A month's English name or its abbreviation, as a word of its own: not the start of a name ("Martin", "Marturano",
     * "Julian", "Decker").
     */
    static final String ENGLISH_MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})";
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|_|\\.|\\+|$)");
    private static final Pattern URL_YEAR_MONTH_DAY_SPLIT = Pattern.compile(
            "/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");

    /** The year, then the section, then month and day: "/2010/POLITICS/08/13/", "/2013/middle_east/8/3/". */
    private static final Pattern URL_YEAR_SECTION_MONTH_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})/\\p{Alpha}[\\p{Alpha}_-]{1,30}/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");

    private static final Pattern URL_YEAR_MONTH_NAME_DAY = Pattern.compile(
            "(?i)/((?:19|20)\\d{2})/(" + ENGLISH_MONTH + ")/(0?[1-9]|[12]\\d|3[01])/");

    private Dates() {
    }

    /**
     * The other reading of the first date written in the text when it is a numeric date that reads both ways
     * ("03/10/2023": March 10 or October 3); null when the first date is not such a date.
     */
    static OffsetDateTime otherReading(String text) {
        return otherReading(text, first(text));
    }

    /** {@link #otherReading(String)} when the text's first date is known already ({@link #first}; may be null). */
    static OffsetDateTime otherReading(String text, Found first) {
        Matcher m = first == null ? null : NUMERIC_DMY.matcher(text);
        if (m == null || !m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        OffsetDateTime read = find(m.group());
        if (a > 12 || b > 12 || a == b || read == null || !read.toLocalDate().equals(first.date().toLocalDate())) {
            return null; // unambiguous, or not the first date of the text
        }
        OffsetDateTime swapped = read.getMonthValue() == a ? build(m.group(4), m.group(3), m.group(1), null, 0)
                : build(m.group(4), m.group(1), m.group(3), null, 0);
        return swapped;
    }

    /**
     * Whether a language writes numeric dates day first: every language but English, and English outside the United
     * States ("en-GB", "en-AU", "en-IN"); an unknown language is read the American way.
     *
     * @param languageTag a page's declared language or a text's detected one ("pt", "en-GB"), or null
     */
    static boolean writesDayFirst(String languageTag) {
        String lang = languageTag == null ? "" : languageTag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return !lang.isEmpty() && !lang.equals("en") && !lang.startsWith("en-us")
                && LanguageGuesser.primarySubtag(lang) != null;
    }

    /**
     * Whether an English text writes its days first where it spells the month out ("3 October 2023", "13 October
     * 2023"), {@value #DAY_FIRST_DATES} times at least, and never the American way ("October 3, 2023"): a British or
     * Australian page, whose numeric dates ("03/10/2023") are read day first too.
     */
    static boolean writesDaysFirstInWords(String text) {
        if (MONTH_DAY_IN_WORDS.matcher(text).find()) {
            return false;
        }
        Matcher dayMonth = DAY_MONTH_IN_WORDS.matcher(text);
        int found = 0;
        while (found < DAY_FIRST_DATES && dayMonth.find()) {
            found++;
        }
        return found >= DAY_FIRST_DATES;
    }

    private static final Pattern DAY_MONTH_IN_WORDS = Pattern.compile("(?i)(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th)? "
            + ENGLISH_MONTH + ",? \\d{4}\\b");
    private static final Pattern MONTH_DAY_IN_WORDS = Pattern.compile("(?i)(?<!\\p{L})" + ENGLISH_MONTH
            + "\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b");

    /** How many dates written day first make a text that writes its days first ({@link #writesDaysFirstInWords}). */
    private static final int DAY_FIRST_DATES = 2;

    /**
     * A day read from a text, read again day first where the first line that writes it writes it as a numeric date
     * that reads both ways and was read month first ("05/10/2018" read as May 10 is October 5): for a text in a
     * language that writes days first.
     *
     * @param date the day read from one of the text's lines, or null
     * @return the day read day first, or {@code date} itself when no line writes it that way
     */
    static OffsetDateTime dayFirst(String text, OffsetDateTime date) {
        if (date == null) {
            return null;
        }
        String year = String.valueOf(date.getYear() % 100); // in every way of writing the year ("2018", "18")
        for (String line : text.split("\n")) {
            Found found = line.contains(year) ? first(line) : null;
            if (found != null && found.date().equals(date)) {
                OffsetDateTime other = otherReading(line, found);
                return other != null && readMonthFirst(line) ? other : date;
            }
        }
        return date;
    }

    /**
     * Whether the first date written in the text is a slashed or dashed numeric date that reads both ways and was
     * read month first, the American way ("06/04/2013" as June 4); dotted dates are read day first already.
     */
    static boolean readMonthFirst(String text) {
        if (otherReading(text) == null) {
            return false;
        }
        Matcher m = NUMERIC_DMY.matcher(text);
        return m.find() && !".".equals(m.group(2));
    }

    /** Parses a whole metadata value (ISO 8601, RFC 1123, or any notation {@link #find} knows); null if none. */
    static OffsetDateTime parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return plausible(OffsetDateTime.parse(s));
        } catch (DateTimeException ignored) {
            // try the other notations
        }
        try {
            return plausible(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeException ignored) {
            // try the other notations
        }
        if (s.matches("\\d{10}(\\d{3})?")) {
            long epoch = Long.parseLong(s);
            if (s.length() == 13) {
                epoch /= 1000;
            }
            return plausible(OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(epoch), ZoneOffset.UTC));
        }
        return find(s);
    }

    /** Whether the text holds four digits in a row (the year every written date below has). */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            run = digit ? run + 1 : 0;
            if (run == 4 || digit && i > 0 && i + 1 < text.length() && isApostrophe(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                return true; // four digits, or two after an apostrophe (YEAR)
            }
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '‘' || c == '’';
    }

    /** Finds the first date written anywhere in free text; null if none. */
    static OffsetDateTime find(String text) {
        Found f = first(text);
        return f == null ? null : f.date();
    }

    /** Where the first date written in the text starts; -1 if none. */
    static int indexOf(String text) {
        Found f = first(text);
        return f == null ? -1 : f.start();
    }

    /** A date found in a text and where it starts and ends. */
    record Found(OffsetDateTime date, int start, int end) {
    }

    /** A day told from today: "2 days ago", "an hour ago", "yesterday", "today". */
    static final Pattern DAY_FROM_TODAY = Pattern.compile(
            "(?i)\\b(?:(?:\\d+|an?|one) (?:minutes?|hours?|days?|weeks?) ago|yesterday|today)\\b");

    /** The first date written anywhere in free text, and where it starts; null if none. */
    static Found first(String text) {
        if (text == null || !hasYear(text)) {
            return null; // every notation below writes a year of four digits, or of two after an apostrophe
        }
        Found best = null;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            best = earlier(best, build(m.group(1), m.group(2), m.group(3), m, 4), m);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && before(m, best)) {
            best = earlier(best, build(m.group(3), month(m.group(1)), m.group(2), m, 4), m);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && before(m, best)) {
            best = earlier(best, build(m.group(3), month(m.group(2)), m.group(1), m, 4), m);
        }
        m = YEAR_MONTH_DAY.matcher(text);
        if (m.find() && before(m, best)) {
            best = earlier(best, build(m.group(1), month(m.group(2)), m.group(3), m, 4), m);
        }
        m = NUMERIC_DMY.matcher(text);
        if (m.find() && before(m, best)) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // dotted dates are day-first; slashed and dashed ones month-first (US) unless that is impossible
            boolean dayFirst = ".".equals(m.group(2)) || a > 12;
            OffsetDateTime d = dayFirst ? build(m.group(4), m.group(3), m.group(1), m, 5)
                    : build(m.group(4), m.group(1), m.group(3), m, 5);
            best = earlier(best, dayFirst || b <= 31 ? d : null, m);
        }
        m = CJK.matcher(text);
        if (m.find() && before(m, best)) {
            best = earlier(best, build(m.group(1), m.group(2), m.group(3), null, 0), m);
        }
        m = WEEKDAY_MONTH_DAY_TIME_YEAR.matcher(text);
        if (m.find() && before(m, best)) {
            best = earlier(best, build(m.group(8), month(m.group(1)), m.group(2), m, 3), m);
        }
        return best;
    }

    /** Whether the match starts before the date found so far (or none is). */
    private static boolean before(Matcher m, Found best) {
        return best == null || m.start() < best.start();
    }

    /** The date the match gives, where it is written, when it is a date; else the one found so far. */
    private static Found earlier(Found best, OffsetDateTime d, Matcher m) {
        return d != null ? new Found(d, m.start(), m.end()) : best;
    }

    /**
     * The date a numeric notation with a two-digit year, month first, gives at the very start of the text ("12/10/16
     * 08:00 AM"); null if the text does not start with one. Two-digit years are ambiguous in running text: this is for
     * a value labelled as a date ("Published 12/10/16", a {@code <time datetime>}).
     */
    static OffsetDateTime shortYearAtStart(String text) {
        Matcher m = text == null ? null : NUMERIC_SHORT_YEAR.matcher(text.strip());
        if (m == null || !m.lookingAt()) {
            return null;
        }
        return build(m.group(3), m.group(1), m.group(2), null, 0);
    }

    /**
     * @return the date and time of a {@link #NUMERIC_SHORT_YEAR} stamp filling the text from {@code from} to its end
     *         (white space aside), and where it stands; null when the rest of the text is anything else. A page's stamp
     *         over its article has such a year.
     */
    static Found shortYearStamp(String text, int from) {
        int end = text.stripTrailing().length();
        Matcher m = NUMERIC_SHORT_YEAR.matcher(text).region(Math.min(from, end), end);
        if (!m.matches()) {
            return null;
        }
        OffsetDateTime d = build(m.group(3), m.group(1), m.group(2), m, 4);
        return d == null ? null : new Found(d, m.start(), m.end());
    }

    /** Every date written in free text, in no particular order; empty if none. */
    static List<OffsetDateTime> findAll(String text) {
        List<OffsetDateTime> out = new ArrayList<>();
        if (text == null || !hasYear(text)) {
            return out; // (as in first: a cheap look that spares most lines six expressions)
        }
        for (Pattern p : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY, NUMERIC_DMY, CJK}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                OffsetDateTime d = find(m.group());
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * A date written in a URL path such as {@code /2025/01/11/}, {@code /20250111/} or {@code /2010/POLITICS/08/13/};
     * midnight UTC; null if none.
     */
    static OffsetDateTime fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        Matcher named = URL_YEAR_MONTH_NAME_DAY.matcher(path);
        if (named.find()) {
            return build(named.group(1), month(named.group(2)), named.group(3), null, 0); // "/2023/october/03/"
        }
        Matcher m = URL_YEAR_MONTH_DAY_SPLIT.matcher(path);
        if (!m.find()) {
            m = URL_DATE.matcher(path);
            if (!m.find()) {
                m = URL_YEAR_SECTION_MONTH_DAY.matcher(path);
                if (!m.find()) {
                    return null;
                }
            }
        }
        return build(m.group(1), m.group(2), m.group(3), null, 0);
    }

    private static Map<String, Integer> localMonths(String... languages) {
        Map<String, Integer> out = new HashMap<>();
        for (String language : languages) {
            String[] names = language.split(" ");
            for (int i = 0; i < names.length; i++) {
                out.put(names[i], i + 1);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Each month's name in the languages, in the styles given for them (CLDR's, lower case, without a short name's
     * dot), but the names two of them give to different months.
     */
    private static Map<String, Integer> cldrMonths(Map<List<TextStyle>, List<String>> languagesByStyles) {
        Map<String, Integer> out = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        languagesByStyles.forEach((styles, languages) -> {
            for (String language : languages) {
                Locale locale = Locale.forLanguageTag(language);
                for (Month month : Month.values()) {
                    for (TextStyle style : styles) {
                        String name = month.getDisplayName(style, locale).toLowerCase(locale).replaceFirst("\\.$", "");
                        Integer known = LOCAL_MONTHS.getOrDefault(name, out.get(name));
                        if (known != null && known != month.getValue()) {
                            ambiguous.add(name);
                        }
                        if (name.chars().allMatch(Character::isLetter) && !LOCAL_MONTHS.containsKey(name)) {
                            out.put(name, month.getValue());
                        }
                    }
                }
            }
        });
        out.keySet().removeAll(ambiguous);
        return Map.copyOf(out);
    }

    /** The names as a regular expression's alternatives, the longest first. */
    private static String alternatives(Collection<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static String month(String name) {
        Integer local = LOCAL_MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (local == null) {
            local = MORE_MONTHS.get(name.toLowerCase(Locale.ROOT));
        }
        if (local != null) {
            return local.toString();
        }
        Integer n = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return n == null ? null : n.toString();
    }

    /** @return the year, one written with two digits after an apostrophe ("‘17") taken as this century's or the last */
    private static int fullYear(String year) {
        if (year.length() == 4) {
            return Integer.parseInt(year);
        }
        int thisYear = OffsetDateTime.now(ZoneOffset.UTC).getYear();
        int inThisCentury = thisYear / 100 * 100 + Integer.parseInt(year.substring(year.length() - 2));
        return inThisCentury <= thisYear + 1 ? inThisCentury : inThisCentury - 100;
    }

    private static OffsetDateTime build(String year, String month, String day, Matcher m, int timeGroup) {
        if (month == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(fullYear(year), Integer.parseInt(month), Integer.parseInt(day));
            LocalTime time = LocalTime.MIDNIGHT;
            ZoneOffset offset = ZoneOffset.UTC;
            if (m != null && m.group(timeGroup) != null) {
                int hour = Integer.parseInt(m.group(timeGroup));
                int minute = Integer.parseInt(m.group(timeGroup + 1));
                int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
                String ampm = m.group(timeGroup + 3);
                if (ampm != null) {
                    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                time = LocalTime.of(hour, minute, second);
                offset = offset(m.group(timeGroup + 4), date.atTime(time));
            }
            return plausible(OffsetDateTime.of(date, time, offset));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** @return the offset a zone written after a time has at that local time: Z, UTC, GMT, +05:30, ET, CEST, ... */
    private static ZoneOffset offset(String zone, LocalDateTime local) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        ZoneId named = zoneNamed(zone);
        if (named != null) {
            return named.getRules().getOffset(local);
        }
        String z = zone.replace(":", "");
        int sign = z.startsWith("-") ? -1 : 1;
        int hourDigits = z.length() == 4 ? 1 : 2; // "-500": one digit of hours, two of minutes
        int hours = Integer.parseInt(z.substring(1, 1 + hourDigits));
        int minutes = z.length() > 1 + hourDigits ? Integer.parseInt(z.substring(1 + hourDigits, 3 + hourDigits)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** @return the zone news pages mean by an abbreviation after a time ("10:15 a.m. ET"); null for an offset */
    private static ZoneId zoneNamed(String abbreviation) {
        String region = switch (abbreviation) {
            case "ET", "EST", "EDT" -> "America/New_York";
            case "CT", "CST", "CDT" -> "America/Chicago";
            case "MT", "MST", "MDT" -> "America/Denver";
            case "PT", "PST", "PDT" -> "America/Los_Angeles";
            case "BST" -> "Europe/London";
            case "CET", "CEST" -> "Europe/Paris";
            case "EET", "EEST" -> "Europe/Athens";
            case "MSK" -> "Europe/Moscow";
            case "WAT" -> "Africa/Lagos";
            case "EAT" -> "Africa/Nairobi";
            case "SAST" -> "Africa/Johannesburg";
            case "PKT" -> "Asia/Karachi";
            case "IST" -> "Asia/Kolkata"; // India's, as its news sites write it; Ireland's and Israel's are rarer on news pages
            case "WIB" -> "Asia/Jakarta";
            case "JST" -> "Asia/Tokyo";
            case "KST" -> "Asia/Seoul";
            case "AWST" -> "Australia/Perth";
            case "NZST", "NZDT" -> "Pacific/Auckland";
            case "AET", "AEST", "AEDT" -> "Australia/Sydney";
            case "HKT" -> "Asia/Hong_Kong";
            case "SGT" -> "Asia/Singapore";
            default -> null;
        };
        return region == null ? null : ZoneId.of(region);
    }

    private static OffsetDateTime plausible(OffsetDateTime d) {
        if (d == null) {
            return null;
        }
        int year = d.getYear();
        return year >= 1990 && year <= OffsetDateTime.now(ZoneOffset.UTC).getYear() + 1 ? d : null;
    }
}
