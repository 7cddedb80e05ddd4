-- V6: story clusters (story_id, duplicate_of as analysis-service gives them from analysis version 3) and the
-- people and organisations as lower-case name arrays for filters (the entities themselves stay in jsonb).
ALTER TABLE article ADD COLUMN story_id text;
ALTER TABLE article ADD COLUMN duplicate_of text;
ALTER TABLE article ADD COLUMN person_names text[] NOT NULL DEFAULT '{}';
ALTER TABLE article ADD COLUMN organisation_names text[] NOT NULL DEFAULT '{}';

UPDATE article SET
    person_names = ARRAY(SELECT DISTINCT lower(e ->> 'name') FROM jsonb_array_elements(entities) e
                         WHERE e ->> 'type' = 'PERSON' AND e ->> 'name' IS NOT NULL ORDER BY 1),
    organisation_names = ARRAY(SELECT DISTINCT lower(e ->> 'name') FROM jsonb_array_elements(entities) e
                               WHERE e ->> 'type' = 'ORGANIZATION' AND e ->> 'name' IS NOT NULL ORDER BY 1)
WHERE entities <> '[]';

-- a story's articles in order, and the stories list (grouped by story, newest last seen first)
CREATE INDEX article_story_idx ON article (story_id, sort_time DESC, id DESC) WHERE story_id IS NOT NULL;
-- person= / organisation= filters: any of several names
CREATE INDEX article_person_names_idx ON article USING gin (person_names);
CREATE INDEX article_organisation_names_idx ON article USING gin (organisation_names);
