-- People and organisations, tone, and whether themes were looked for, as analysis-service reports them.
ALTER TABLE article ADD COLUMN entities jsonb NOT NULL DEFAULT '[]';
ALTER TABLE article ADD COLUMN tone jsonb;
ALTER TABLE article ADD COLUMN themes_status text;
