package news.ingest.extract;

import static news.ingest.extract.TextPage.SENTENCE_END;
import static news.ingest.extract.TextPage.isProse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pasted text as the lines {@link TextPage} reads: each line's whitespace normalised, a paragraph wrapped at a fixed
 * width joined into one line, a blank line where the text has one, and each table of contents blanked.
 */
final class PastedLines {

    private PastedLines() {
    }

    /** @return the text's lines, to be read for its article */
    static List<String> of(String text) {
        return withoutContents(logicalLines(text));
    }

    /**
     * Lines with whitespace normalised; hard-wrapped paragraphs (blank-line separated, or each begun by an indented
     * line as in wire copy) are joined first.
     */
    private static List<String> logicalLines(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\\n\\s*\\n")) {
            for (String paragraph : indentedParagraphs(block.split("\\n"))) {
                String[] raw = paragraph.split("\\n");
                if (looksWrapped(raw)) {
                    out.add(Text.normalize(paragraph));
                } else {
                    for (String line : unwrapped(raw)) {
                        out.add(Text.normalize(line));
                    }
                }
            }
            out.add("");
        }
        return out;
    }

    private static final Pattern INDENT = Pattern.compile("^(?: {2,}|\t)\\S.*");

    /**
     * The block cut before each indented line, when lines that are not indented follow it: text wrapped at a fixed
     * width that starts each paragraph with an indent instead of a blank line. A block indented throughout (a quote,
     * code) stays whole.
     */
    private static List<String> indentedParagraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            boolean startsParagraph = i > 0 && indented(lines[i]) && i + 1 < lines.length
                    && !indented(lines[i + 1]) && !lines[i + 1].isBlank();
            if (startsParagraph && !current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : "\n").append(lines[i]);
        }
        out.add(current.toString());
        return out;
    }

    /** Whether the line is indented ({@link #INDENT}); most lines start with neither a space nor a tab. */
    private static boolean indented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && INDENT.matcher(line).matches();
    }

    /**
     * The lines with the paragraphs of a text wrapped at a fixed width (no blank line between them, menus' short lines
     * around) joined: where no line is longer than {@value #MAX_WRAP_WIDTH} characters and
     * {@value #MIN_FULL_LINES} lines or more fill the width (to within {@value #WRAP_SLACK}), a full line goes on in the
     * next; a shorter one ends its paragraph. Other texts come back as they are.
     */
    private static List<String> unwrapped(String[] lines) {
        int width = Arrays.stream(lines).mapToInt(l -> l.strip().length()).max().orElse(0);
        long full = Arrays.stream(lines).filter(l -> l.strip().length() >= width - WRAP_SLACK).count();
        if (width > MAX_WRAP_WIDTH || full < MIN_FULL_LINES) {
            return Arrays.asList(lines);
        }
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(l);
            if (l.length() < width - WRAP_SLACK) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (!paragraph.isEmpty()) {
            out.add(paragraph.toString());
        }
        return out;
    }

    /** The widest a text wrapped at a fixed width is (72 or 80 characters, as mail and terminals wrap). */
    private static final int MAX_WRAP_WIDTH = 120;
    /** How much shorter than the width a line that the wrapping filled may be (a long word went to the next line). */
    private static final int WRAP_SLACK = 15;
    /** How many lines must fill the width for a text to be read as wrapped. */
    private static final int MIN_FULL_LINES = 10;

    private static boolean looksWrapped(String[] lines) {
        if (lines.length < 2) {
            return false;
        }
        int ended = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String l = lines[i].strip();
            if (l.length() < 45 || l.length() > 120) {
                return false;
            }
            if (SENTENCE_END.matcher(l).find() && l.matches(".*[.!?。”\"]$")) {
                ended++;
            }
        }
        return ended * 2 < lines.length - 1;
    }

    /**
     * The lines with each table of contents blanked: its label ("Table of Contents", "In this article") and its
     * entries, up to the last one the page writes again further down (as the article's sub-heading), where two or more
     * are.
     * The entries are not the article's text, and between the headline and the article, or between the article's first
     * paragraphs and the rest, they would part them.
     */
    private static List<String> withoutContents(List<String> lines) {
        Map<String, Integer> lastAt = null;
        for (int i = 0; i < lines.size(); i++) {
            String label = lines.get(i);
            if (!CONTENTS_LABEL.matcher(label).matches() && !(GLUED_CONTENTS_LABEL.matcher(label).lookingAt()
                    && Text.wordCount(label) <= MAX_CONTENTS_LABEL_WORDS)) {
                continue;
            }
            if (lastAt == null) {
                lastAt = new HashMap<>();
                for (int k = 0; k < lines.size(); k++) {
                    lastAt.put(contentsKey(lines.get(k)), k);
                }
            }
            List<Integer> entries = new ArrayList<>();
            Set<String> stuttered = new HashSet<>();
            String previous = null;
            for (int k = i + 1; k < lines.size() && entries.size() < MAX_CONTENTS_ENTRIES; k++) {
                String l = lines.get(k);
                if (l.isEmpty()) {
                    continue;
                }
                if (isProse(l) || Text.wordCount(l) > MAX_ENTRY_WORDS) {
                    break;
                }
                entries.add(k);
                String key = contentsKey(l);
                if (key.equals(previous)) {
                    stuttered.add(key);
                }
                previous = key;
            }
            int last = -1;
            int again = 0;
            for (int k : entries) {
                // a line printed again and again in a row is no entry, though the page writes it further down: a
                // byline printed three times under a label whose entries have not loaded ("Table of Contents" /
                // "Loading..." / the headline / "Loona Construction" three times, as each of its related posts' bylines)
                String key = contentsKey(lines.get(k));
                if (!stuttered.contains(key) && lastAt.get(key) > k) {
                    last = k;
                    again++;
                }
            }
            if (again >= MIN_ENTRIES_AGAIN) {
                for (int k = i; k <= last; k++) {
                    lines.set(k, "");
                }
                i = last;
            }
        }
        return lines;
    }

    /** The most entries read under a table of contents' label, and the most words of one. */
    private static final int MAX_CONTENTS_ENTRIES = 40;
    private static final int MAX_ENTRY_WORDS = 20;

    /** How many of its entries the page must write again for a table of contents to be blanked. */
    private static final int MIN_ENTRIES_AGAIN = 2;
    private static final int MAX_CONTENTS_LABEL_WORDS = 8;

    /** A table of contents' label run into a button's words: "Table of ContentsToggle Table of Content". */
    private static final Pattern GLUED_CONTENTS_LABEL = Pattern.compile("(?i)table of contents");

    /** An entry's number or mark: "1. ", "2) ", "# ", and a section's number before its words: "1 ", "2.3 ". */
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^(?:\\d+(?:\\.\\d+)*[.)]?\\s+|\\d+[.)]|#\\s*)");

    /** A line as an entry of a table of contents and the heading it names are compared: its number aside. */
    private static String contentsKey(String line) {
        return ENTRY_NUMBER.matcher(line).replaceFirst("");
    }

    /**
     * The label of a table of contents: "Table of Contents", "Contents", "Article Content", "In this article", "Jump
     * to chapter", and the button that folds it ("Contents hide", "Table of Contents Toggle").
     */
    static final Pattern CONTENTS_LABEL = Pattern.compile("(?i)(?:(?:table of |article )?contents?"
            + "(?:\\W+(?:hide|show|toggle))?|in this (?:article|post|guide)|on this page"
            + "|jump to(?: a)?(?: section| chapter)?|skip to section)\\W{0,3}");
}
