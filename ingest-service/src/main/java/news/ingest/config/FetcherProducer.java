package news.ingest.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import news.ingest.feed.FeedParser;
import news.ingest.fetch.AddressPolicy;
import news.ingest.fetch.HostGate;
import news.ingest.fetch.HttpFetcher;

/** Makes the plain-Java fetcher and feed parser injectable, configured from {@link FetchConfig}. */
public class FetcherProducer {

    @Produces
    @Singleton
    HttpFetcher httpFetcher(FetchConfig config) {
        return new HttpFetcher(new AddressPolicy(config.allowedHosts().orElse(List.of())),
                new HostGate(config.hostGap()), config.timeout(), config.maxBytes(), config.userAgent());
    }

    @Produces
    @Singleton
    FeedParser feedParser(FetchConfig config) {
        return new FeedParser(Math.min(config.maxBytes(), FeedParser.DEFAULT_MAX_BYTES));
    }
}
