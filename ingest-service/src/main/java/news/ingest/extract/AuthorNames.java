package news.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw author strings ("By Jane Doe and John Roe | Jan 4, 2025", "Jane Doe, PhD") into clean person names and
 * rejects what is not a person: site and agency names, "Staff", URLs, social handles, e-mail addresses.
 * The rule is "no author rather than a wrong one".
 */
final class AuthorNames {

    static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:(?:written|posted|published|reported|story|text|words|reviewed|edited|updated|compiled|recipe|article)\\s+)?"
                    + "(?:by|from|von|par|por|di|door|av|przez|автор:?)\\s*:?\\s+|^\\s*(?:authors?|writer|posted by|author name)\\s*[:：]\\s*");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||/|&|·|•|⋅|\\b(?:and|And|AND)\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b| - | – | — |\\n)\\s*");
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)^(?:ph\\.?\\s?d\\.?|m\\.?d\\.?|r\\.?d\\.?n?|m\\.?s\\.?c?|b\\.?s\\.?c?|m\\.?a\\.?|b\\.?a\\.?|m\\.?p\\.?h|mba|cpa|cfa|cfp|rn|"
                    + "jr\\.?|sr\\.?|iii?|esq\\.?|fand|ldn|cde|e-ryt.*|ryt.*|dabom|foma|facp|lcsw|np|pa-c|dds|dvm|ccc-slp)$");
    private static final Set<String> NOT_PEOPLE = Set.of(
            "staff", "admin", "administrator", "editor", "editors", "editorial", "desk", "newsroom", "news", "team",
            "reuters", "ap", "afp", "associated press", "press", "agency", "agencies", "bloomberg", "wire", "wires",
            "contributor", "contributors", "guest", "anonymous", "unknown", "webmaster", "redaktion", "redacción",
            "rédaction", "redazione", "user", "author", "by", "share", "read", "min", "minute", "minutes", "comments",
            "home", "more", "updated", "published", "posted", "follow", "email", "print");
    private static final Set<String> ROLE_WORDS = Set.of(
            "editor", "writer", "reporter", "correspondent", "columnist", "researcher", "senior", "chief", "director",
            "manager", "analyst", "expert", "specialist", "founder", "ceo", "cto", "head", "lead", "associate", "assistant",
            "producer", "photographer", "contributing", "unit", "studies", "center", "centre", "university", "institute",
            "department", "group", "inc", "llc", "ltd", "company", "media", "magazine", "journal", "times", "daily",
            "blog", "official", "officer", "president", "professor", "marketing", "content", "strategist", "intern",
            "fellow", "consultant", "coordinator", "staff", "newsletter", "network", "agency", "foundation", "services",
            "solutions", "club", "association", "society", "council", "committee", "min", "read", "share", "minutes",
            "admin", "administrator", "webmaster", "moderator",
            // a company's legal form (a final dot aside) or a group, in the languages around ("AWR Wprost Sp. z o.o",
            // "Grupa Wirtualna Polska", "Mediaset S.p.A."): a publisher, not a person; forms that read as a person's
            // initials ("S.A. Cosby", "A.S. Byatt") are left out
            "corp", "plc", "gmbh", "sp", "o.o", "s.r.l", "s.p.a", "s.r.o", "kft", "zrt", "sarl", "ltda", "grupa",
            "gruppe", "groupe", "grupo", "gruppo", "groep", "redakcja", "redakce", "redakcia", "szerkesztőség",
            "редакция", "редакція");
    /** Words of organisation names that look like "First Last" ("Cleveland Clinic"), checked when a name is the site's. */
    private static final Set<String> ORG_WORDS = Set.of(
            "clinic", "hospital", "health", "healthcare", "bank", "church", "school", "college", "academy", "studio",
            "studios", "lab", "labs", "partners", "capital", "ventures", "consulting", "digital", "global", "international",
            "systems", "technologies", "technology", "software", "store", "shop", "travel", "photography", "design",
            "insurance", "realty", "homes", "kitchen", "recipes", "review", "reviews", "marketing", "agency", "media", "group",
            "firm", "firms", "companies", "providers", "development", "strategy", "research");
    private static final Pattern PARTICLE = Pattern.compile("(?i)van|von|de|der|den|da|di|du|del|della|la|le|bin|al|el|ibn|dos|das|do|ter|y");
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.\\-]*");

    /** A team, staff or desk byline: "Podium Staff", "The Upwork Team", "Team Acme", "News Desk", "The Currency editors". */
    private static final Pattern TEAM = Pattern.compile("(?:(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}\\d&+.'’-]*\\s+){1,4}(?:[Ee]ditorial\\s+)?"
            + "(?:[Tt]eam|[Ss]taff|[Ee]ditors|[Dd]esk|[Nn]ewsdesk|[Nn]ewsroom)|[Tt]eam\\s+\\p{Lu}[\\p{L}\\d&+.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&+.'’-]*)?)");
    /** Two first names signing together in structured metadata. */
    private static final Pattern FIRST_NAMES = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s*(?:&|\\band\\b)\\s*(\\p{Lu}\\p{Ll}+)");
    /** Account names that are no one's byline. */
    private static final Set<String> ACCOUNTS = Set.of("admin", "administrator", "webmaster", "user", "undefined", "null", "none",
            "unknown", "guest", "author", "anonymous", "editor", "moderator", "root", "wordpress", "blog");

    /** What {@link #clean} drops: a date or "updated ..." part, a date, a role ("is a ..."), a "written by" lead. */
    private static final Pattern DATED_PART = Pattern.compile("(?i)\\s+(?:(?:last\\s+)?updated|on|published|posted)\\b.*$");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "(?i)\\s+(?:\\d{1,4}\\s*[./-]?\\s*)?" + Dates.ENGLISH_MONTH + "\\.?\\s+\\d.*$");
    /** A last word in small letters, no spaces: a handle after the name it spells ("Margaret Talev margarettalev"). */
    private static final Pattern HANDLE_AFTER = Pattern.compile("\\s+([\\p{Ll}\\d]+)\\s*$");
    /** A weekday after the names, where a dateline goes on ("Bryan Walsh Tuesday, Aug. 17, 2010"). */
    private static final Pattern WEEKDAY_AFTER = Pattern.compile(
            "\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b.*$");
    /**
     * A reading time or a count of comments after the names: "Kyle Howells 15 min read", "Jacob Trussell—10 min
     * read", "the Lavazza Team 2–3 minutes", "Erin Spain 4 Comments", "Jean-Luc Aufranc - 5 Comments on ...".
     */
    private static final Pattern TALLY_AFTER = Pattern.compile("(?i)(?:\\s*[—–·•|]?\\s*\\d+(?:\\s*[–-]\\s*\\d+)?\\s*"
            + "(?:min|mins|minutes?)\\b|\\s+(?:[-—–·•|]\\s+)?\\d+\\s+comments?\\b).*$");
    private static final Pattern ROLE_SENTENCE = Pattern.compile("(?i)\\s+is\\s+(?:a|an|the)\\s+.*$");
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "(?i)^.{0,40}?\\b(?:written|posted|authored|contributed|reported)\\s+by:?\\s+(?=\\p{Lu})");
    /**
     * "By" set against the name: the byline's word and the name's link written without a space between them
     * ({@code By<a>Elizabeth Kolbert</a>}, newyorker.com), so that the text reads "ByElizabeth Kolbert".
     */
    static final Pattern GLUED_BY = Pattern.compile("^By(?=\\p{Lu}\\p{Ll})");
    /** Quote marks and spaces around a name, and punctuation after it. */
    private static final Pattern QUOTES_AT_ENDS = Pattern.compile("^[\\s\"'“”‘’]+|[\\s\"'“”‘’,.:]+$");
    /** A name ending in an initial ("John Q."). */
    private static final Pattern INITIAL_AT_END = Pattern.compile(".*\\b\\p{L}\\.$");
    /** Three or more words: a name with something after it. */
    private static final Pattern THREE_WORDS = Pattern.compile(".*\\s\\S+\\s\\S+$");
    /** A social handle after a name ("Jane Doe @janedoe"). */
    private static final Pattern SOCIAL_HANDLE = Pattern.compile("\\s*@\\w+(?![\\w.@])");
    /**
     * A few words in brackets after a name's last letter, to the end: letters only, not a number (a commenter's, "Zuck
     * Enabler ( 10503068 )") nor a web address ("Zach Hanley (Horizon3.ai)", a credit inside the text).
     */
    private static final Pattern BRACKETED_AFTER = Pattern.compile("(?<=\\p{L}\\.?)\\s+\\([\\p{L} '’&-]{1,30}\\)\\s*$");
    /** Characters no person's name holds. */
    private static final Pattern NOT_IN_NAMES = Pattern.compile(".*[\\d@#/\\\\<>|=_+*©®™].*");

    private AuthorNames() {
    }

    /** Two or three capitals before a name of two words or more: perhaps the initials of its avatar. */
    private static final Pattern AVATAR_INITIALS = Pattern.compile("^(\\p{Lu}{2,3})\\s+(?=\\p{Lu}\\p{Ll})");

    /**
     * @return the byline without the initials its avatar prints before the name they abbreviate ("CM Craig McCarthy",
     *         an SVG circle's text beside the name), else as it is
     */
    static String withoutAvatarInitials(String byline) {
        Matcher m = AVATAR_INITIALS.matcher(byline);
        if (!m.lookingAt()) {
            return byline;
        }
        String initials = m.group(1);
        String[] words = Text.SPACE_RUN.split(byline.substring(m.end()));
        if (words.length < initials.length()) {
            return byline;
        }
        for (int i = 0; i < initials.length(); i++) {
            if (words[i].charAt(0) != initials.charAt(i)) {
                return byline;
            }
        }
        return byline.substring(m.end());
    }

    /** The team or staff name of a byline ("By Podium Staff" gives "Podium Staff"); null if it names no team. */
    static String teamName(String raw) {
        if (raw == null || raw.length() > 80) {
            return null;
        }
        String s = TALLY_AFTER.matcher(PREFIX.matcher(Text.normalize(raw)).replaceFirst("")).replaceFirst("").strip();
        return TEAM.matcher(s).matches() ? s : null;
    }

    /**
     * Whether a structured author value that is not a person can stand as the author: an organisation, team or desk name
     * ("Supermove", "InstaTunnel Team", "TOI Lifestyle Desk"), not an account ("admin"), a URL, a handle or an e-mail.
     */
    static boolean isCollectiveName(String name, String siteName) {
        if (name == null || name.length() < 2 || name.length() > 60 || name.contains("http") || name.contains("www.")
                || name.contains("@") || name.contains("/") || !Character.isLetterOrDigit(name.charAt(0))) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return !ACCOUNTS.contains(lower) && name.split("\\s+").length <= 6 && !name.equals(lower) || TEAM.matcher(name).matches();
    }

    /** What separates a name from the site's name after it: "Jane Doe | Site", "Jane Doe - Site", "Jane Doe for Site". */
    private static final Pattern SITE_SEPARATOR = Pattern.compile(
            "(?:[-|–—·•,:/(]|\\b(?:for|at|of|on|de|di|da|von|für|pour|para|per))\\s*$", Pattern.CASE_INSENSITIVE);

    /** A byline's word without a name ("By" as a page's byline metadata). */
    private static final Pattern BY_ALONE = Pattern.compile("(?i)by:?");

    /** Whether the value is a byline's word alone, naming no one ("By"). */
    static boolean bylineWordAlone(String s) {
        return s != null && BY_ALONE.matcher(s.strip()).matches();
    }

    /** Whether the text is one person's name as visible text writes it, and nothing more ({@link #clean}, strict). */
    static boolean isOneName(String text) {
        return clean(text, null, true).equals(List.of(text));
    }

    /**
     * Cleans one raw author value.
     *
     * @param raw       the value as found (may hold several names)
     * @param siteName  the site or publisher name to reject, may be null
     * @param strict    true for visible text (needs two name words, capitalised); false for structured metadata
     * @return person names, possibly empty
     */
    static List<String> clean(String raw, String siteName, boolean strict) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        String s = raw.replace('\u00a0', ' ').strip();
        if (s.isEmpty() || s.length() > 200 || bylineWordAlone(s) || s.contains("http") || s.contains("www.")
                || s.contains("@") && !s.contains(" ")) {
            return out;
        }
        // "Jane Doe @janedoe": a social handle printed beside the name; "Margaret Talev margarettalev" without its "@"
        s = SOCIAL_HANDLE.matcher(s).replaceAll("");
        // "Jean-Luc Aufranc (CNXSoft)": a nickname, a site or a role in brackets after the name
        s = BRACKETED_AFTER.matcher(s).replaceFirst("");
        Matcher handle = HANDLE_AFTER.matcher(s);
        if (handle.find() && Text.squash(s.substring(0, handle.start())).equals(handle.group(1))) {
            s = s.substring(0, handle.start());
        }
        // drop a trailing date or "| updated ..." part and a role after a dash or "is a ..."
        s = DATED_PART.matcher(s).replaceAll("");
        s = DATE_AFTER.matcher(s).replaceAll("");
        s = TALLY_AFTER.matcher(s).replaceFirst("");
        s = WEEKDAY_AFTER.matcher(s).replaceFirst("");
        s = ROLE_SENTENCE.matcher(s).replaceAll("");
        s = WRITTEN_BY.matcher(s).replaceFirst("");
        s = GLUED_BY.matcher(s).replaceFirst("");
        Matcher by = PREFIX.matcher(s);
        // "By JORDAN ROBERTSON and RACHEL METZ", "Par LILIAN ALEMAGNA": names set in capitals after a byline's word
        // that is not ("BY USE CASE" is a label in capitals, not a byline)
        boolean capitalNames = strict && by.lookingAt() && !by.group().equals(by.group().toUpperCase(Locale.ROOT));
        s = withoutAvatarInitials(onceOnly(by.replaceFirst("").strip()));
        if (bylineWordAlone(s)) {
            return out; // "By By": the byline's word twice, no name
        }
        if (siteName != null && s.length() > siteName.length() + 3 && s.toLowerCase(Locale.ROOT).endsWith(siteName.toLowerCase(Locale.ROOT))) {
            String rest = s.substring(0, s.length() - siteName.length());
            if (!SITE_SEPARATOR.matcher(rest).find()) {
                return out; // "Ediciones El País": an organisation named after the site, not "Jane Doe | El País"
            }
            s = rest;
        }
        Matcher pair = FIRST_NAMES.matcher(s.strip());
        if (!strict && pair.matches() && !pair.group(1).equals(pair.group(2))
                && personShaped(new String[] {pair.group(1), pair.group(2)})) {
            out.add(pair.group(1)); // "Maria & Katerina", "Linny and Peter": a couple signing with first names
            out.add(pair.group(2));
            return out;
        }
        String[] parts = SPLIT.split(s);
        for (String titled : parts) {
            // a job title after the first name, no comma between ("Emma Ryan Lead Writer"); a part after a name that
            // names a role is where the names end ("TOM KRISHER, AP Auto Writer")
            String part = out.isEmpty() ? withoutTitleAfter(titled) : titled;
            boolean titleCut = part.length() < titled.length();
            if (isRole(part) && (!out.isEmpty() || strict && !capitalNames)) {
                // "Jane Doe, Head of Marketing and Community Development": the rest is her role; "Senior Politics
                // Editor, The Huffington Post" (an author box's line under the name): the rest is the employer
                break;
            }
            String name = QUOTES_AT_ENDS.matcher(PREFIX.matcher(part).replaceFirst("")).replaceAll("").strip();
            if (name.endsWith(".") && !INITIAL_AT_END.matcher(name).matches()) {
                name = name.substring(0, name.length() - 1);
            }
            // "Cara Dumaplin RN", "Jane Doe PhD": a credential written without a comma
            while (THREE_WORDS.matcher(name).matches() && CREDENTIAL.matcher(name.substring(name.lastIndexOf(' ') + 1)).matches()
                    && name.substring(name.lastIndexOf(' ') + 1).matches("\\p{Lu}.*")) {
                name = name.substring(0, name.lastIndexOf(' ')).strip();
            }
            if (capitalNames) {
                name = namesInCapitals(name);
            }
            boolean singleWordPiece = parts.length > 1 && !name.contains(" ");
            if (!singleWordPiece && isPersonName(name, siteName, strict) && !CREDENTIAL.matcher(name).matches()) {
                out.add(name);
            }
            if (titleCut) {
                break; // the rest is the title's ("Executive Digital Editor and Master Gardener")
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    /**
     * @return the name without the job title a byline prints after it in capitals, no comma between ("Emma Ryan Lead
     *         Writer", "Will Judd Former Deputy Tech Editor", "Rasmus Barslund Founder"), or glued to its last word
     *         as a page copied as text runs them ("Meg JamesStaff Writer", "Mateusz HabernyFounder at Oakywood"; not
     *         "Rachel MacDonald Writer"); else as it is
     */
    static String withoutTitleAfter(String name) {
        String[] words = Text.SPACE_RUN.split(name);
        for (int i = 1; i < words.length; i++) {
            Matcher glued = GLUED_WORDS.matcher(words[i]);
            boolean gluedTitle = glued.matches() && (jobTitle(glued.group(2)) || glued.group(2).equals("Staff"));
            if (gluedTitle || i >= 2 && jobTitle(words[i]) && !GLUED_WORDS.matcher(words[i - 1]).matches()) {
                // (not after a word that may be two glued: "Michael HiltzikBusiness Columnist")
                for (int k = i + 1; k < words.length; k++) {
                    if (!TITLE_WORD.matcher(words[k]).matches()) {
                        return name; // "Richard Dick Head ( 803293 )": a commenter's handle, no title
                    }
                }
                String before = String.join(" ", Arrays.copyOf(words, i));
                return gluedTitle ? before + " " + glued.group(1) : before;
            }
            if (i >= 2 && !TITLE_WORD.matcher(words[i]).matches()) {
                return name;
            }
        }
        return name;
    }

    private static boolean jobTitle(String word) {
        return JOB_TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * @return true when the line is a job title and nothing else: words in title case (and "of", "at", "and", "&"),
     *         one of them a job's ("Co-founder and Chief Architect", "Social Media & Community Expert")
     */
    static boolean isJobTitle(String line) {
        boolean job = false;
        for (String word : line.strip().split("\\s+")) {
            if (!TITLE_WORD.matcher(word).matches()) {
                return false;
            }
            job |= jobTitle(word) || JOB_NOUNS.contains(word.toLowerCase(Locale.ROOT));
        }
        return job;
    }

    /** Jobs a title names after its other words ("Community Expert"), besides {@link #JOB_TITLE_WORDS}. */
    private static final Set<String> JOB_NOUNS = Set.of("expert", "architect", "specialist", "strategist", "consultant",
            "engineer", "scientist", "designer", "developer", "officer", "president", "professor", "partner", "coach",
            "instructor", "nutritionist", "dietitian", "attorney", "lawyer", "physician");

    /** A word of a job title: capitalised, or "of", "at", "and", "&" ("Head of Product & Growth at Acme"). */
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}[\\p{L}-]*|of|at|and|&");

    /** A name's last word and the next glued: three small letters at least before the capital ("JamesStaff"). */
    private static final Pattern GLUED_WORDS = Pattern.compile("(\\p{Lu}\\p{Ll}{2,})(\\p{Lu}\\p{Ll}+)");

    /** The words a job title after a byline's name opens with ({@link #withoutTitleAfter}). */
    private static final Set<String> JOB_TITLE_WORDS = Set.of("editor", "writer", "reporter", "correspondent",
            "columnist", "senior", "chief", "director", "manager", "analyst", "founder", "co-founder", "cofounder", "ceo",
            "head", "lead", "associate", "assistant", "producer", "contributing", "contributor", "former", "reviewer",
            "deputy", "executive", "freelance", "journalist");

    /** News agencies a wire byline names by their initials after the reporter's name. */
    private static final Set<String> WIRE_AGENCIES = Set.of("ap", "afp", "upi", "dpa", "efe", "ansa", "aap", "pti", "ians");

    /**
     * The name at the start of a byline's part set in capitals, as a reader writes it: "JILL LAWLESS", "JILL LAWLESS
     * Associated Press" and "JILL LAWLESS AP" (the agency after the name) give "Jill Lawless"; a part not so set is
     * left as it is.
     */
    static String namesInCapitals(String part) {
        String[] words = Text.SPACE_RUN.split(part.strip());
        int capitals = 0;
        while (capitals < words.length && words[capitals].equals(words[capitals].toUpperCase(Locale.ROOT))
                && !words[capitals].equals(words[capitals].toLowerCase(Locale.ROOT))) {
            capitals++;
        }
        while (capitals > 2 && WIRE_AGENCIES.contains(words[capitals - 1].toLowerCase(Locale.ROOT))) {
            capitals--; // "KEN SWEET AP Business Writer": the agency ends the name
        }
        return capitals >= 2 ? titleCase(String.join(" ", Arrays.copyOf(words, capitals))) : part;
    }

    /**
     * A name set in capitals as a reader writes it: each word's first letter, and a letter after a hyphen, an
     * apostrophe or a dot, upper case ("JEAN-LUC O'BRIEN" gives "Jean-Luc O'Brien", "J.R. SMITH" gives "J.R. Smith"),
     * and particles between the first and last word lower case ("MARIA DE LA CRUZ" gives "Maria de la Cruz").
     */
    private static String titleCase(String name) {
        String[] words = Text.SPACE_RUN.split(name.strip());
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
            String word = words[w].toLowerCase(Locale.ROOT);
            if (w > 0 && w < words.length - 1 && PARTICLE.matcher(word).matches()) {
                out.append(' ').append(word);
                continue;
            }
            StringBuilder cased = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                boolean starts = i == 0 || "-'’.".indexOf(word.charAt(i - 1)) >= 0;
                cased.append(starts ? Character.toUpperCase(c) : c);
            }
            out.append(w == 0 ? "" : " ").append(cased);
        }
        return out.toString();
    }

    /**
     * @return the name once where a page prints it twice, glued or not: "Andrea WongAndrea Wong", "Colin Gray Colin
     *         Gray" (a byline's and its link's text)
     */
    private static String onceOnly(String s) {
        int half = s.length() / 2;
        if (s.length() >= 6 && s.length() % 2 == 0 && s.substring(0, half).equals(s.substring(half))) {
            return s.substring(0, half);
        }
        if (s.length() >= 7 && s.length() % 2 == 1 && s.charAt(half) == ' '
                && s.substring(0, half).equals(s.substring(half + 1))) {
            return s.substring(0, half);
        }
        return s;
    }

    /** @return true when a word of the part is a role's or an organisation's ("Staff Writer", "Senior Editor") */
    static boolean isRole(String part) {
        for (String t : part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            // and a role of several ("Guest Columnists", "Staff Writers")
            if (ROLE_WORDS.contains(t) || t.endsWith("s") && ROLE_WORDS.contains(t.substring(0, t.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isPersonName(String name, String siteName, boolean strict) {
        if (name == null || name.isBlank() || name.length() > 60 || name.length() < 2) {
            return false;
        }
        if (NOT_IN_NAMES.matcher(name).matches() || CREDENTIAL.matcher(name).matches()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.contains(" ") && (name.contains(".") || name.contains("-")) && name.equals(lower)) {
            return false; // a user handle or slug such as "jane.doe" or "brandon-site"
        }
        if (lower.equals("undefined") || lower.equals("null") || lower.equals("none")) {
            return false;
        }
        if (NOT_PEOPLE.contains(lower) || lower.contains(" staff") || lower.startsWith("staff ")
                || lower.endsWith(" desk") || lower.endsWith(" newsroom") || lower.endsWith(" editors")) {
            return false;
        }
        String[] tokens = Text.SPACE_RUN.split(name);
        if (siteName != null) {
            String site = Text.squash(siteName);
            String n = Text.squash(name);
            if (!site.isEmpty() && (n.equals(site) || site.startsWith(n) && n.length() >= 4 || n.startsWith(site) && site.length() >= 4)
                    && !personShaped(tokens)) {
                return false; // the site's name, unless the site is named after a person (a personal blog)
            }
        }
        if (tokens.length > 5) {
            return false;
        }
        for (String t : tokens) {
            String word = t.toLowerCase(Locale.ROOT);
            if (!NAME_TOKEN.matcher(t).matches() || ROLE_WORDS.contains(word)
                    || word.endsWith(".") && ROLE_WORDS.contains(word.substring(0, word.length() - 1))) {
                return false;
            }
        }
        if (strict) {
            if (tokens.length < 2 || name.equals(name.toUpperCase(Locale.ROOT))) {
                return false; // one word, or a label in capitals ("BY USE CASE")
            }
            for (String t : tokens) {
                boolean particle = PARTICLE.matcher(t).matches();
                if (!particle && !Character.isUpperCase(t.charAt(0))) {
                    return false;
                }
                if (NOT_PEOPLE.contains(t.toLowerCase(Locale.ROOT)) || ORG_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "Jane Doe", "Jean-Luc van der Berg": two to four capitalised words (particles aside), none a role or site word. */
    static boolean personShaped(String[] tokens) {
        if (tokens.length < 2 || tokens.length > 4 || tokens[0].matches("(?i)the|a|an|our|my|your|one")) {
            return false;
        }
        for (String t : tokens) {
            String lower = t.toLowerCase(Locale.ROOT);
            boolean particle = PARTICLE.matcher(t).matches();
            if (!particle && !Character.isUpperCase(t.charAt(0)) || NOT_PEOPLE.contains(lower) || ROLE_WORDS.contains(lower)
                    || ORG_WORDS.contains(lower) || t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

}
