package news.analysis.theme;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a headline and its summary into a vector of 384 numbers that says what the text is about beyond its exact
 * words ("Pentagon" near "Army", "tariff" near "import duties"): the sentence encoder e5-small-v2 (quantised, 34 MB,
 * published by langchain4j), run in process by ONNX Runtime on the calling thread, mean-pooled and scaled to unit
 * length. The text is given as the model was trained to read a text to classify, after "query: ". The theme model of
 * short texts ({@link ThemeModel#dimensions()}) weighs these numbers beside the words; a long text has words enough
 * and is not encoded.
 *
 * <p>e5-small-v2 replaced all-MiniLM-L6-v2 (analysis version 30): twice its layers, about twice its time per text, and
 * the theme model reading it scores higher on headlines it never saw (docs/theme-experiments.md).
 *
 * <p>One instance per process ({@link #shared()}): the model loads once (about a second). Thread-safe.
 */
public final class HeadlineEncoder {

    /**
     * A short text is read up to this many characters: a headline and its summary take at most 182 in 99 of 100 CAP
     * items, and the encoder's work grows with the length (on one thread about 4-6 ms for 40 characters, 12 ms for
     * 200; a megabyte would be read in passes of 510 word pieces, for seconds).
     */
    static final int MAX_CHARS = 200;

    private static final String MODEL = "e5-small-v2-q.onnx";
    private static final String TOKENIZER = "e5-small-v2-q-tokenizer.json";

    /** What e5 models read before a text to classify or cluster (before a passage to retrieve, "passage: "). */
    private static final String TASK = "query: ";

    private final Model model;

    private HeadlineEncoder() {
        try {
            this.model = new Model();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the sentence encoder " + MODEL, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence encoder " + MODEL, e);
        }
    }

    private static final class Holder {
        static final HeadlineEncoder SHARED = new HeadlineEncoder();
    }

    /** @return the process's encoder, loaded on first use */
    public static HeadlineEncoder shared() {
        return Holder.SHARED;
    }

    /** @return the numbers of the encoding */
    public int dimensions() {
        return model.dimension();
    }

    /**
     * @return the vector of the text's first {@link #MAX_CHARS} characters: {@link #dimensions()} numbers, unit
     *         length; all zeros for a blank text (nothing to encode)
     */
    public float[] encode(String text) {
        if (text.isBlank()) {
            return new float[dimensions()];
        }
        return model.embed(TASK + (text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text)).content().vector();
    }

    /**
     * langchain4j's in-process model with ONNX Runtime held to one thread per call, so an article is encoded on the
     * thread that analyses it (the service runs several of those) and not on a pool of its own.
     */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model() throws IOException, OrtException {
            super(Runnable::run);
            ClassLoader loader = HeadlineEncoder.class.getClassLoader();
            try (InputStream onnx = loader.getResourceAsStream(MODEL);
                 InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
                if (onnx == null || tokenizer == null) {
                    throw new IOException("not on the classpath: " + MODEL + ", " + TOKENIZER);
                }
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(onnx.readAllBytes(), options),
                        tokenizer, PoolingMode.MEAN);
            }
            removeLoadedLibraryCopies();
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }

    /** The folders ONNX Runtime copies its native libraries into: {@code java.io.tmpdir/onnxruntime-java<digits>}. */
    private static final String LIBRARY_COPIES = "onnxruntime-java";

    /**
     * ONNX Runtime copies its native libraries (16 MB) into a new temporary folder each time a process loads it, and
     * leaves them there when the process ends: a service started a hundred times, or a test suite run a few times,
     * filled the disk with copies. Once loaded, the copies are mapped into the process, and on Linux a mapped file
     * lives on after its name is removed: so the folders of the copies this process maps (listed in
     * {@code /proc/self/maps}, so never another process's) are removed now. Where that list does not exist, or a file
     * cannot be removed, the copies stay as ONNX Runtime left them.
     */
    static void removeLoadedLibraryCopies() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return;
        }
        try {
            Path temp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
            Set<Path> folders = new HashSet<>();
            for (String line : Files.readAllLines(maps)) {
                int slash = line.indexOf('/');
                Path folder = slash < 0 ? null : Path.of(line.substring(slash).strip()).getParent();
                if (folder != null && temp.equals(folder.getParent())
                        && folder.getFileName().toString().startsWith(LIBRARY_COPIES)) {
                    folders.add(folder);
                }
            }
            for (Path folder : folders) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(folder);
            }
        } catch (IOException | RuntimeException e) {
            // the copies stay where ONNX Runtime put them, as they would without this
        }
    }
}
