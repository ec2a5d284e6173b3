"""SQL document store (SQLAlchemy)."""
import logging

from sqlalchemy import create_engine, text

logger = logging.getLogger(__name__)


class SQLDocumentStore:
    def __init__(self, url='sqlite://'):
        self.engine = create_engine(url)

    def get_all_documents(self, index='document', **filters):
        clauses = []
        params = {}
        for i, (key, value) in enumerate(filters.items()):
            clauses.append(f'(meta.name = :k{i} AND meta.value = :v{i})')
            params[f'k{i}'] = key
            params[f'v{i}'] = str(value)
        where = ' AND '.join(clauses) or '1 = 1'
        with self.engine.connect() as conn:
            rows = conn.execute(text(f'SELECT d.id, d.content FROM document d JOIN meta ON meta.document_id = d.id WHERE d.index = :index AND {where}'), {'index': index, **params})
            return [{'id': r.id, 'content': r.content} for r in rows]

    def get_documents_by_index(self, index):
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(f"SELECT id, content FROM document WHERE \"index\" = '{index}'"))
            return [{'id': r.id, 'content': r.content} for r in rows]

    def write_documents(self, docs, index='document'):
        with self.engine.begin() as conn:
            for doc in docs:
                conn.execute(text('INSERT INTO document (id, content, "index") VALUES (:id, :c, :i)'),
                             {'id': doc['id'], 'c': doc['content'], 'i': index})
        logger.info('wrote %d documents', len(docs))
