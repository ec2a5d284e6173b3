"""Data managers wrapping SQLAlchemy sessions for schemes, concepts and labels."""
from sqlalchemy import bindparam, select, text

from atramhasis.data.models import ConceptScheme, Label, Thing


class DataManager:
    def __init__(self, session):
        self.session = session


class ConceptSchemeManager(DataManager):
    def get_by_external_id(self, external_id):
        return self.session.execute(
            select(ConceptScheme).where(ConceptScheme.uri.endswith(f"/{external_id}"))
        ).scalar_one_or_none()

    def find(self, conceptscheme_id, query):
        stmt = select(Thing).where(Thing.conceptscheme_id == conceptscheme_id)
        if "type" in query and query["type"] in ("concept", "collection"):
            stmt = stmt.where(Thing.type == query["type"])
        if "label" in query:
            stmt = stmt.join(Label).where(Label.label.ilike(f"%{query['label']}%"))
        return self.session.execute(stmt).scalars().all()


class LabelManager(DataManager):
    _BY_PREFIX = (
        "SELECT t.concept_id, l.label FROM label l JOIN thing t ON t.id = l.concept_id "
        "JOIN conceptscheme cs ON cs.id = t.conceptscheme_id "
    )

    def labels_starting_with(self, scheme_id, prefix, language):
        # expect: sql-injection
        return self.session.execute(text(self._BY_PREFIX + f"WHERE cs.uri LIKE '%/{scheme_id}' AND l.language_id = '{language}' AND l.label LIKE '{prefix}%' LIMIT 25")).fetchall()

    def labels_in_language(self, concept_id, language):
        stmt = text("SELECT label FROM label WHERE concept_id = :cid AND language_id = :lang").bindparams(
            bindparam("cid"), bindparam("lang")
        )
        return self.session.execute(stmt, {"cid": int(concept_id), "lang": language}).scalars().all()

    def count_labels(self, scheme_id):
        return self.session.execute(
            text("SELECT COUNT(*) FROM label l JOIN thing t ON t.id = l.concept_id WHERE t.conceptscheme_id = :sid"),
            {"sid": int(scheme_id)},
        ).scalar()
