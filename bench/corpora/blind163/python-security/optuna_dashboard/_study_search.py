"""Study name search over RDB storages (falls back to a scan for others)."""
from __future__ import annotations

from optuna.storages import BaseStorage, RDBStorage
from sqlalchemy import text


def _scan(storage: BaseStorage, query: str) -> list[str]:
    return [s.study_name for s in storage.get_all_studies() if query.lower() in s.study_name.lower()]


def search_study_names(storage: BaseStorage, query: str) -> list[str]:
    """Names of studies containing `query`."""
    if not isinstance(storage, RDBStorage):
        return _scan(storage, query)
    with storage.engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(text(f"SELECT study_name FROM studies WHERE study_name LIKE '%{query}%' ORDER BY study_id DESC LIMIT 100"))
        return [row[0] for row in rows]


def search_study_names_bound(storage: BaseStorage, query: str) -> list[str]:
    if not isinstance(storage, RDBStorage):
        return _scan(storage, query)
    with storage.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT study_name FROM studies WHERE study_name LIKE :pattern ORDER BY study_id DESC LIMIT 100"),
            {"pattern": f"%{query}%"},
        )
        return [row[0] for row in rows]


def count_trials(storage: RDBStorage, study_id: int) -> int:
    with storage.engine.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM trials WHERE study_id = {int(study_id)}")).scalar_one()
