package news.importer;

/**
 * One article read from the input, not yet decoded: decoding, date checks and JSON building happen on the worker
 * threads so that reading a large WARC stays a single cheap sequential pass.
 *
 * @param origin       where it came from, for failure reports ({@code dir/a.html}, {@code x.warc.gz#12 <url>},
 *                     {@code y.jsonl:7})
 * @param kind         what {@code bytes} hold
 * @param bytes        the page, the text, or one JSON Lines line, undecoded
 * @param charset      the charset the HTTP response declared, or null
 * @param url          the page's URL (WARC-Target-URI), or null
 * @param fallbackDate when the page was captured (WARC-Date, ISO-8601), sent only when the page shows no date of
 *                     its own; or null
 */
record Item(String origin, Kind kind, byte[] bytes, String charset, String url, String fallbackDate) {

    enum Kind { HTML, TEXT, JSON_LINE }
}
