package news.query.rest;

/** How many stored articles carry a theme. */
public record ThemeCount(String theme, String label, String iptcCode, long articles) {
}
