"""Order repository on SQLAlchemy 2.0 (Core and ORM sessions)."""
from sqlalchemy import bindparam, create_engine, literal_column, select, text
from sqlalchemy.orm import Session

from .models import Order

engine = create_engine("postgresql+psycopg://app@db/orders")

SORTABLE = {"created": Order.created_at, "total": Order.total}


def orders_by_status(status: str):
    with engine.connect() as conn:
        # expect: sqlalchemy-text-fstring
        rows = conn.execute(text(f"SELECT id, total FROM orders WHERE status = '{status}'"))
        return rows.all()


def orders_by_status_safe(status: str):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, total FROM orders WHERE status = :status"), {"status": status})
        return rows.all()


def orders_for_user(session: Session, user_id):
    stmt = text("SELECT * FROM orders WHERE user_id = %s" % user_id)
    # expect: sqlalchemy-text-percent
    return session.execute(stmt).fetchall()


def orders_for_user_safe(session: Session, user_id: int):
    stmt = text("SELECT * FROM orders WHERE user_id = :uid").bindparams(bindparam("uid", user_id))
    return session.execute(stmt).fetchall()


def recent_orders(session: Session, sort: str):
    column = SORTABLE.get(sort, Order.created_at)
    return session.scalars(select(Order).order_by(column.desc()).limit(50)).all()


def recent_orders_raw_sort(session: Session, sort: str):
    # expect: sqlalchemy-text-order-by
    return session.scalars(select(Order).order_by(text(sort + " DESC")).limit(50)).all()


def filter_by_note(session: Session, fragment: str):
    # expect: sqlalchemy-filter-text
    return session.query(Order).filter(text("note LIKE '%%{}%%'".format(fragment))).all()


def filter_by_note_safe(session: Session, fragment: str):
    return session.query(Order).filter(Order.note.contains(fragment)).all()


def total_expression(currency: str):
    # expect: sqlalchemy-literal-column
    return select(literal_column(f"total * rate_{currency}").label("converted"))


def purge_cancelled(days: int):
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM orders WHERE status = 'cancelled' AND created_at < now() - make_interval(days => :d)"),
                     {"d": days})


def vacuum(table: str):
    with engine.begin() as conn:
        # expect: sqlalchemy-exec-driver-sql
        conn.exec_driver_sql("VACUUM ANALYZE " + table)


def count_rows():
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM orders")).scalar_one()
