"""Tables of the store (SQLAlchemy Core). Change them only together with a migration.

Documents are keyed by a content hash of (id, bytes): storing the same input twice finds the
row already there. A changed article (same id, new bytes) is a new document whose
``previous`` points at the version it replaces; only the ``current`` one takes part in
stories. Per-article layers (entities, mentions, quotes, events, timexes) hang off the
article's hash; corpus layers (duplicates, stories, fused events, claims) are rebuilt by the
corpus stages and can always be recomputed from the articles.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

HASH = String(64)


def _article_fk() -> Column[str]:
    return Column("article_hash", HASH, ForeignKey("articles.hash", ondelete="CASCADE"), primary_key=True)


documents = Table(
    "documents",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("hash", HASH, nullable=False, unique=True),
    Column("id", String(300), nullable=False, index=True),
    Column("origin", Text, nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("previous", HASH, nullable=True),
    Column("current", Boolean, nullable=False, default=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("hash", HASH, ForeignKey("documents.hash", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, nullable=False, index=True),
    Column("id", String(300), nullable=False, index=True),
    Column("title", Text),
    Column("publisher", String(200)),
    Column("published", String(40)),
    Column("day", String(10)),  # published, else inferred: the date stories and quotes use
    Column("url", Text),
    Column("language", String(10)),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),  # the analysis as JSON, exactly as `warta analyze` prints it
    Column("features", Text, nullable=False),  # raw story features as JSON (before idf)
    Column("minhash", LargeBinary, nullable=False),
    Column("corpus_done", Boolean, nullable=False, default=False, index=True),
)

entities = Table(
    "entities",
    metadata,
    _article_fk(),
    Column("local_id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("actor", String(20)),
    Column("wikidata", String(40)),
    Column("sector", String(40)),
)

mentions = Table(
    "mentions",
    metadata,
    _article_fk(),
    Column("n", Integer, primary_key=True, autoincrement=False),
    Column("entity_local_id", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("role", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    _article_fk(),
    Column("n", Integer, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("actor", String(20)),
    Column("direct", Boolean, nullable=False),
    Column("cue", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer),
    Column("paragraph", Integer),
)

events = Table(
    "events",
    metadata,
    _article_fk(),
    Column("n", Integer, primary_key=True, autoincrement=False),
    Column("type", String(20), nullable=False),
    Column("mode", String(40)),
    Column("source", String(20)),
    Column("target", String(20)),
    Column("date", String(20)),
    Column("status", String(20), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("trigger", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer),
    Column("paragraph", Integer),
    Column("confidence", Float),
    Column("mention_actors", Text, nullable=False, default=""),  # actors named in the evidence, space-separated
    Column("by", String(60)),
)

timexes = Table(
    "timexes",
    metadata,
    _article_fk(),
    Column("n", Integer, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
    Column("value", String(40), nullable=False),
    Column("granularity", String(20)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer),
)

duplicates = Table(
    "duplicates",
    metadata,
    _article_fk(),
    Column("original_hash", HASH, ForeignKey("articles.hash", ondelete="CASCADE"), nullable=False, index=True),
    Column("similarity", Float, nullable=False),
)

lsh_buckets = Table(
    "lsh_buckets",
    metadata,
    Column("band", Integer, primary_key=True, autoincrement=False),
    Column("bucket", String(16), primary_key=True),
    _article_fk(),
)

feature_df = Table(
    "feature_df",
    metadata,
    Column("feature", String(200), primary_key=True),
    Column("df", Integer, nullable=False),
)

corpus_meta = Table(
    "corpus_meta",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Integer, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text),
    Column("first_day", String(10)),
    Column("last_day", String(10)),
    Column("articles", Integer, nullable=False, default=0),
    Column("sq_norm", Float, nullable=False, default=0.0),
    Column("created_seq", Integer, nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    _article_fk(),
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("score", Float),
    Column("vector", Text, nullable=False),  # the idf-weighted vector added to the story, as JSON
)

story_features = Table(
    "story_features",
    metadata,
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("feature", String(200), primary_key=True),
    Column("weight", Float, nullable=False),
    Index("ix_story_features_feature", "feature"),
)

fused_events = Table(
    "fused_events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("type", String(20), nullable=False),
    Column("source", String(20)),
    Column("target", String(20)),
    Column("date", String(20)),
    Column("polarity", String(20), nullable=False),
    Column("reports", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("fused_id", String(40), ForeignKey("fused_events.id", ondelete="CASCADE"), primary_key=True),
    Column("article_hash", HASH, ForeignKey("articles.hash", ondelete="CASCADE"), primary_key=True),
    Column("event_n", Integer, primary_key=True, autoincrement=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("type", String(20), nullable=False),
    Column("source", String(20), nullable=False),
    Column("target", String(20)),
    Column("disputed", Boolean, nullable=False),
)

claim_positions = Table(
    "claim_positions",
    metadata,
    Column("claim_id", String(40), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("n", Integer, primary_key=True, autoincrement=False),
    Column("stance", String(10), nullable=False),
    Column("actor", String(20)),
    Column("article_hash", HASH, ForeignKey("articles.hash", ondelete="CASCADE"), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("ref", Integer, nullable=False),
)

story_aliases = Table(
    "story_aliases",
    metadata,
    # A story merged into another: its id keeps resolving to the story that absorbed it.
    Column("old_id", String(40), primary_key=True),
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("score", Float, nullable=False),
)
