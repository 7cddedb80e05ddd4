-- V4: articles per theme per UTC day, kept by the writer, so daily and weekly theme series over months read a few
-- thousand counts instead of every article in the window.
CREATE TABLE theme_day (
    day      date    NOT NULL,
    theme    text    NOT NULL,
    articles integer NOT NULL,
    PRIMARY KEY (day, theme)
);
INSERT INTO theme_day (day, theme, articles)
SELECT CAST(sort_time AT TIME ZONE 'UTC' AS date), t, count(*)
FROM article CROSS JOIN LATERAL unnest(theme_ids) AS t
GROUP BY 1, 2;
