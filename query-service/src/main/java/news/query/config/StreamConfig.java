package news.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live stream ({@code GET /api/v1/stream}). */
@ConfigMapping(prefix = "news.stream")
public interface StreamConfig {

    /** How often the read model is checked for newly stored articles. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** How often an idle connection gets a comment line, so proxies and clients keep it open. */
    @WithDefault("15s")
    Duration keepAlive();

    /** Most articles sent to one client per check (a resume catches up over several checks). */
    @WithDefault("100")
    int batchSize();

    /** Most clients connected at once; more get 503. */
    @WithDefault("500")
    int maxClients();
}
