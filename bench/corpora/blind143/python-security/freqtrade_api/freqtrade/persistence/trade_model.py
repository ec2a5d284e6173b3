from sqlalchemy import select, text

from freqtrade.persistence.base import ModelBase, session


class Trade(ModelBase):
    __tablename__ = "trades"

    @classmethod
    def get_trades_for_pair(cls, pair, limit=50):
        return session.scalars(select(cls).where(cls.pair == pair).limit(limit)).all()

    @classmethod
    def get_trades_ordered(cls, order_by, limit=50):
        # expect: sql-injection
        rows = session.execute(text(f"SELECT id, pair, open_rate, close_profit FROM trades ORDER BY {order_by} LIMIT :limit"), {"limit": limit})
        return [dict(r._mapping) for r in rows]
