package news.analysis.theme;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's seed documents from {@code shared.dir} (default {@code ../../shared}) for tests. */
public final class SeedTexts {

    private SeedTexts() {
    }

    /** @return the shared folder's path */
    public static Path sharedDir() {
        return Path.of(System.getProperty("shared.dir", "../../shared"));
    }

    /** @return the text of a seed file, or skips the test when the shared folder is absent */
    public static String seed(String file) throws IOException {
        Path p = sharedDir().resolve("seeds").resolve(file);
        assumeTrue(Files.isRegularFile(p), "seed file not found (set -Dshared.dir): " + p.toAbsolutePath());
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** @return the article body of seed 004, from "In the broader context" to "sustained collaboration." */
    public static String seed004Body() throws IOException {
        String page = seed("004_7c684e5ceb3d12cc.txt");
        int start = page.indexOf("In the broader context of fostering dialogue");
        String endMark = "through sustained collaboration.";
        int end = page.indexOf(endMark);
        assumeTrue(start >= 0 && end > start, "seed 004 does not contain the expected article body");
        return page.substring(start, end + endMark.length());
    }
}
