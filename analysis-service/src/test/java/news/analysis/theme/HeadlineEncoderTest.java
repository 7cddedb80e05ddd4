package news.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HeadlineEncoderTest {

    private static final HeadlineEncoder ENCODER = HeadlineEncoder.shared();

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot; // both are unit length
    }

    @Test
    void leavesNoCopyOfOnnxRuntimesNativeLibrariesOnDisk() throws IOException {
        ENCODER.encode("Trade talks resume in Geneva");
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(maps), "Linux lists a process's mapped files");
        // ONNX Runtime copies them into java.io.tmpdir/onnxruntime-java<digits> and left them there after each run
        List<String> copies = Files.readAllLines(maps).stream().filter(line -> line.contains("/onnxruntime-java"))
                .map(line -> line.substring(line.indexOf('/')).strip()).distinct().toList();
        assertFalse(copies.isEmpty(), "the encoder runs on ONNX Runtime's native libraries");
        assertEquals(List.of(), copies.stream().filter(file -> Files.exists(Path.of(file))).toList());
    }

    @Test
    void headlinesAboutTheSameThingAreCloserThanHeadlinesAboutDifferentThings() {
        float[] tariffs = ENCODER.encode("Washington raises tariffs on Chinese steel");
        float[] duties = ENCODER.encode("New import duties hit foreign steel makers");
        float[] football = ENCODER.encode("Late goal wins the cup for Riverside");

        assertEquals(384, tariffs.length);
        assertEquals(1.0, cosine(tariffs, tariffs), 1e-4, "unit length");
        // e5's vectors lie close together (unrelated headlines at 0.7 to 0.8): the differences that matter are tenths
        assertTrue(cosine(tariffs, duties) > cosine(tariffs, football) + 0.1,
                cosine(tariffs, duties) + " vs " + cosine(tariffs, football));
        assertTrue(cosine(duties, tariffs) > cosine(duties, football) + 0.1,
                cosine(duties, tariffs) + " vs " + cosine(duties, football));
    }

    @Test
    void threadsEncodingAtOnceGetWhatOneThreadGets() throws Exception {
        // the service analyses on its Kafka consumer's thread and on HTTP worker threads, all with the one encoder
        List<String> headlines = List.of("Senate passes farm bill", "Navy tests a new missile", "Flu season peaks early",
                "Yen slides as exporters cheer", "Court blocks the new voting law", "Heat wave strains the power grid");
        Map<String, float[]> alone = new HashMap<>();
        headlines.forEach(h -> alone.put(h, ENCODER.encode(h)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int k = 0; k < 48; k++) {
                String h = headlines.get(k % headlines.size());
                same.add(pool.submit(() -> Arrays.equals(alone.get(h), ENCODER.encode(h))));
            }
            for (Future<Boolean> f : same) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aLongTextIsEncodedByItsStartAndABlankOneAsNothing() {
        // the encoder reads 510 word pieces a pass: a megabyte would take seconds, for a text the model of short
        // texts reads as a headline
        String start = "Tariffs on steel imports. " + "... ".repeat((HeadlineEncoder.MAX_CHARS - 26) / 4) + "xx";
        assertEquals(HeadlineEncoder.MAX_CHARS, start.length());

        assertArrayEquals(ENCODER.encode(start), ENCODER.encode(start + "... ".repeat(250_000)));
        assertArrayEquals(new float[384], ENCODER.encode(" \n "));
    }
}
