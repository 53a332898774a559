"""The claim list's JSON, stored with each claim and kept current by triggers (PostgreSQL only).

``claims_claim.api_json_tail`` holds a claim as ``ClaimSerializer`` renders it, without its first three members
(``id``, ``url``, ``article``: the URLs depend on the host the API is reached by). It starts with ``,`` so that
the list query (``claims.api.selectors``) only has to put ``{"id":...,"url":...,"article":...`` in front:
``substr`` on a long text costs more than the whole concatenation.

* ``claims_claim_api_json`` (BEFORE INSERT OR UPDATE on claims_claim) renders it from the new row, so every
  write, the ORM's, ``QuerySet.update()``, ``COPY`` or hand-written SQL, leaves it current; NOT NULL makes a
  missing trigger an error instead of a broken list.
* ``claims_claim_assignee_username`` (AFTER UPDATE OF username on the user table) re-renders the claims of a
  user whose username changed (the one member that comes from another table).

Changing ``ClaimSerializer``'s fields means a new migration that replaces ``claims_claim_api_json()`` (``RENDER``) and
re-renders every row (``UPDATE claims_claim SET api_json_tail = NULL``: the trigger fills it again);
``tests/api/test_claims_api.py`` fails until the stored JSON equals the serializer's. The column is not a model
field: the ORM never reads it (claims stay as cheap to load) and the embedded SQLite default, which renders
list rows in Python, has no such column.
"""

from django.conf import settings
from django.db import migrations

# The members after "article", in ClaimSerializer.Meta.fields order; datetimes as DRF renders them (UTC, "Z",
# microseconds only when there are some).
RENDER = """
CREATE OR REPLACE FUNCTION claims_claim_api_json() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT ',' || substr(row_to_json(claim_row)::text, 2) INTO NEW.api_json_tail
    FROM (
        SELECT
            NEW.article_id AS "article_id",
            NEW."position" AS "position",
            NEW.start AS "start",
            NEW."end" AS "end",
            NEW.sentence_start AS "sentence_start",
            NEW.sentence_end AS "sentence_end",
            NEW.text AS "text",
            NEW.claim_type AS "claim_type",
            NEW.checkworthy AS "checkworthy",
            NEW.score AS "score",
            NEW.hedge AS "hedge",
            NEW.claimers AS "claimers",
            NEW.targets AS "targets",
            NEW.entities AS "entities",
            NEW.numbers AS "numbers",
            to_char(NEW.event_date, 'YYYY-MM-DD') AS "event_date",
            NEW.cluster_id AS "cluster_id",
            NEW.status AS "status",
            NEW.verdict AS "verdict",
            NEW.verdict_summary AS "verdict_summary",
            (SELECT u.username FROM {user_table} u WHERE u.id = NEW.assignee_id) AS "assignee",
            NEW.version AS "version",
            '"claim-' || NEW.id || '-v' || NEW.version || '"' AS "etag",
            replace(to_char(NEW.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z')
                AS "published_at",
            replace(to_char(NEW.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z')
                AS "created_at",
            replace(to_char(NEW.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z')
                AS "updated_at"
    ) AS claim_row;
    RETURN NEW;
END
$$
"""

FORWARD = [
    "ALTER TABLE claims_claim ADD COLUMN api_json_tail text",
    "COMMENT ON COLUMN claims_claim.api_json_tail IS "
    "'The claim list''s JSON of the claim after its id, url and article members (trigger claims_claim_api_json; "
    "claims migration 0101)'",
    RENDER,
    """
    CREATE TRIGGER claims_claim_api_json BEFORE INSERT OR UPDATE ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_api_json()
    """,
    """
    CREATE FUNCTION claims_claim_assignee_username() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE claims_claim SET api_json_tail = NULL WHERE assignee_id = NEW.id;  -- re-rendered by the trigger
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER claims_claim_assignee_username AFTER UPDATE OF username ON {user_table}
    FOR EACH ROW WHEN (OLD.username IS DISTINCT FROM NEW.username)
    EXECUTE FUNCTION claims_claim_assignee_username()
    """,
    "UPDATE claims_claim SET api_json_tail = NULL",  # renders the rows written before this migration
    "ALTER TABLE claims_claim ALTER COLUMN api_json_tail SET NOT NULL",
]

BACKWARD = [
    "DROP TRIGGER claims_claim_assignee_username ON {user_table}",
    "DROP FUNCTION claims_claim_assignee_username()",
    "DROP TRIGGER claims_claim_api_json ON claims_claim",
    "DROP FUNCTION claims_claim_api_json()",
    "ALTER TABLE claims_claim DROP COLUMN api_json_tail",
]


def _run(statements):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        if schema_editor.connection.vendor != "postgresql":
            return
        user_model = apps.get_model(settings.AUTH_USER_MODEL)
        user_table = schema_editor.quote_name(user_model._meta.db_table)
        for sql in statements:
            schema_editor.execute(sql.replace("{user_table}", user_table))

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0100_api_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
