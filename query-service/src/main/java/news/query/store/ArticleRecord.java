package news.query.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import news.events.CountryMention;
import news.events.EntityMention;
import news.events.Tone;
import news.events.ThemeTag;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One analysed article of the read model (table {@code query.article}). An update sets only the columns that changed:
 * the generated full-text column {@code search} is computed again only when the title or body is set.
 */
@Entity
@DynamicUpdate
@Table(name = "article")
public class ArticleRecord extends PanacheEntityBase {

    @Id
    public String id;

    /** Position in the order of storing: taken from {@code article_seq} on every insert and replacement. */
    public long seq;

    public String url;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    public String source;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> authors;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "ingested_at")
    public Instant ingestedAt;

    @Column(name = "sort_time")
    public Instant sortTime;

    public String language;

    public String body;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "analysis_version")
    public int analysisVersion;

    @Column(name = "taxonomy_version")
    public String taxonomyVersion;

    @Column(name = "analyzed_at")
    public Instant analyzedAt;

    @Column(name = "stored_at")
    public Instant storedAt;

    @Column(name = "theme_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> themeIds;

    @Column(name = "country_codes")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countryCodes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ThemeTag> themes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<CountryMention> countries;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<EntityMention> entities;

    @JdbcTypeCode(SqlTypes.JSON)
    public Tone tone;

    @Column(name = "themes_status")
    public String themesStatus;

    /** The story it belongs to; null for analyses before stories existed. */
    @Column(name = "story_id")
    public String storyId;

    /** The first article this one is a near-identical copy of, or null. */
    @Column(name = "duplicate_of")
    public String duplicateOf;

    /** Lower-case names of the people it names (for filters). */
    @Column(name = "person_names")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> personNames;

    /** Lower-case names of the organisations it names (for filters). */
    @Column(name = "organisation_names")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> organisationNames;
}
