package news.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Finds the input files under the given paths and reads articles out of them. */
final class Inputs {

    enum Type {
        HTML(Item.Kind.HTML), TEXT(Item.Kind.TEXT), WARC(null), JSONL(Item.Kind.JSON_LINE);

        final Item.Kind kind;

        Type(Item.Kind kind) {
            this.kind = kind;
        }

        boolean container() {
            return this == WARC || this == JSONL;
        }
    }

    /** One file to read. */
    record InputFile(Path path, Type type, boolean gzip, long size) {
    }

    /** The files found, and how many others were passed over in directories. */
    record Found(List<InputFile> files, int ignored) {

        long totalBytes() {
            return files.stream().mapToLong(InputFile::size).sum();
        }

        /** The number of articles when every file is one article; -1 when WARC or JSON Lines files are read. */
        long knownArticleCount() {
            return files.stream().anyMatch(f -> f.type().container()) ? -1 : files.size();
        }
    }

    /** A path the user gave that cannot be read: bad usage. */
    static final class BadPath extends Exception {
        BadPath(String message) {
            super(message);
        }
    }

    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    private final long maxBytes;
    private final AtomicLong bytesRead;

    Inputs(long maxBytes, AtomicLong bytesRead) {
        this.maxBytes = maxBytes;
        this.bytesRead = bytesRead;
    }

    static Found find(List<Path> paths) throws BadPath, IOException {
        List<InputFile> files = new ArrayList<>();
        int ignored = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> walked;
                try (Stream<Path> walk = Files.walk(path)) {
                    walked = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : walked) {
                    Optional<InputFile> input = inputFile(file);
                    if (input.isPresent()) {
                        files.add(input.get());
                    } else {
                        ignored++;
                    }
                }
            } else if (Files.isRegularFile(path)) {
                files.add(inputFile(path).orElseThrow(() -> new BadPath(path + ": not a directory nor a "
                        + ".html, .htm, .txt, .warc or .jsonl file (each optionally .gz)")));
            } else if (Files.exists(path)) {
                throw new BadPath(path + ": not a regular file or directory");
            } else {
                throw new BadPath(path + ": no such file or directory");
            }
        }
        return new Found(files, ignored);
    }

    private static Optional<InputFile> inputFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        Type type;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            type = Type.HTML;
        } else if (name.endsWith(".txt")) {
            type = Type.TEXT;
        } else if (name.endsWith(".warc")) {
            type = Type.WARC;
        } else if (name.endsWith(".jsonl")) {
            type = Type.JSONL;
        } else {
            return Optional.empty();
        }
        return Optional.of(new InputFile(file, type, gzip, Files.size(file)));
    }

    /** Reads one file, handing its articles to the sink; problems become failures, never exceptions. */
    void read(InputFile file, Sink sink) throws InterruptedException {
        switch (file.type()) {
            case HTML, TEXT -> readPage(file, sink);
            case WARC -> readWarc(file, sink);
            case JSONL -> readLines(file, sink);
        }
    }

    private void readPage(InputFile file, Sink sink) throws InterruptedException {
        String origin = file.path().toString();
        if (!file.gzip() && file.size() > maxBytes) {
            bytesRead.addAndGet(file.size());
            sink.rejected(origin, "file over " + Sizes.human(maxBytes) + ", not posted");
            return;
        }
        byte[] bytes;
        long before = bytesRead.get();
        try (InputStream in = open(file)) {
            bytes = Sizes.readAtMost(in, maxBytes, "file");
        } catch (Rejected e) {
            sink.rejected(origin, e.getMessage());
            return;
        } catch (IOException e) {
            sink.rejected(origin, "unreadable file: " + describe(e));
            return;
        } finally {
            bytesRead.set(Math.max(bytesRead.get(), before + file.size()));
        }
        sink.item(new Item(origin, file.type().kind, bytes, null, null, null));
    }

    private void readWarc(InputFile file, Sink sink) throws InterruptedException {
        String name = file.path().toString();
        long before = bytesRead.get();
        long number = 0;
        try (InputStream in = new Counting(Files.newInputStream(file.path()), bytesRead);
             WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            Optional<WarcRecord> next;
            while (!sink.stopping() && (next = reader.next()).isPresent()) {
                number++;
                if (next.get() instanceof WarcResponse response) {
                    readResponse(response, name + "#" + number, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.rejected(name + " after record " + number + " (" + e.getMessage() + ")",
                    "unreadable WARC file: " + e.getClass().getSimpleName());
        } finally {
            bytesRead.set(Math.max(bytesRead.get(), before + file.size()));
        }
    }

    private void readResponse(WarcResponse response, String origin, Sink sink) throws InterruptedException {
        String target = response.target();
        origin = origin + " " + target;
        HttpResponse http;
        try {
            if (!response.contentType().base().equals(MediaType.HTTP) || !target.regionMatches(true, 0, "http", 0, 4)) {
                sink.skipped("not HTTP");
                return;
            }
            http = response.http();
        } catch (IOException | RuntimeException e) {
            sink.rejected(origin, "unreadable WARC record: bad HTTP header");
            return;
        }
        if (http.status() != 200) {
            sink.skipped("not HTTP 200");
            return;
        }
        MediaType type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
        if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            sink.skipped("not HTML");
            return;
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = Sizes.readAtMost(body, maxBytes, "page");
        } catch (Rejected e) {
            sink.rejected(origin, e.getMessage());
            return;
        } catch (IOException e) {
            sink.rejected(origin, "unreadable WARC record: " + describe(e));
            return;
        } catch (RuntimeException e) {
            sink.rejected(origin, "unreadable WARC record: " + e.getClass().getSimpleName());
            return;
        }
        String date = response.date() == null ? null : response.date().toString();
        sink.item(new Item(origin, Item.Kind.HTML, bytes, type.parameters().get("charset"), target, date));
    }

    private void readLines(InputFile file, Sink sink) throws InterruptedException {
        String name = file.path().toString();
        long before = bytesRead.get();
        long lineNumber = 0;
        try (InputStream in = open(file)) {
            Lines lines = new Lines(in, maxBytes);
            byte[] line;
            while (!sink.stopping() && (line = lines.next()) != null) {
                lineNumber++;
                String origin = name + ":" + lineNumber;
                if (line == Lines.TOO_LONG) {
                    sink.rejected(origin, "JSON Lines: line over " + Sizes.human(maxBytes) + ", not posted");
                } else if (!isBlank(line)) {
                    sink.item(new Item(origin, Item.Kind.JSON_LINE, line, null, null, null));
                }
            }
        } catch (IOException e) {
            sink.rejected(name + ":" + (lineNumber + 1), "unreadable file: " + describe(e));
        } finally {
            bytesRead.set(Math.max(bytesRead.get(), before + file.size()));
        }
    }

    private InputStream open(InputFile file) throws IOException {
        InputStream in = new BufferedInputStream(new Counting(Files.newInputStream(file.path()), bytesRead), 64 * 1024);
        return file.gzip() ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "file vanished";
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            return "corrupt or truncated gzip";
        }
        return e.getClass().getSimpleName();
    }

    /** Counts the raw bytes read from a file, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong counter;

        Counting(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counter.addAndGet(Math.max(0, skipped));
            return skipped;
        }
    }

    /** Splits a stream into lines of at most {@code max} bytes; longer lines come back as {@link #TOO_LONG}. */
    static final class Lines {
        static final byte[] TOO_LONG = new byte[0];

        private final InputStream in;
        private final long max;
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int limit;

        Lines(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        byte[] next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buffer);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? finish(line, tooLong) : null;
                    }
                }
                any = true;
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                int length = pos - start;
                if (!tooLong && line.size() + (long) length > max) {
                    tooLong = true;
                    line = new ByteArrayOutputStream();
                }
                if (!tooLong) {
                    line.write(buffer, start, length);
                }
                if (pos < limit) {
                    pos++;
                    return finish(line, tooLong);
                }
            }
        }

        private static byte[] finish(ByteArrayOutputStream line, boolean tooLong) {
            if (tooLong) {
                return TOO_LONG;
            }
            byte[] bytes = line.toByteArray();
            int n = bytes.length;
            return n > 0 && bytes[n - 1] == '\r' ? java.util.Arrays.copyOf(bytes, n - 1) : bytes;
        }
    }
}
