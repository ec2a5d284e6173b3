from sqlalchemy import create_engine, text

PERIODS = {"day": "1 day", "week": "7 days", "month": "30 days"}


class ReportStore:
    def __init__(self, dsn):
        self.engine = create_engine(dsn)

    @classmethod
    def from_registry(cls):
        return cls("postgresql:///plone_reports")

    def rows_for(self, owner, period):
        interval = PERIODS.get(period, "30 days")
        with self.engine.connect() as conn:
            if owner:
                # expect: sql-injection
                rows = conn.execute(text("SELECT path, hits FROM page_hits WHERE owner = '%s' AND day > now() - interval '%s'" % (owner, interval)))
            else:
                rows = conn.execute(text("SELECT path, hits FROM page_hits WHERE day > now() - interval '%s'" % interval))
            return [dict(r._mapping) for r in rows]
