"""Ad-hoc reporting queries behind the admin dashboard's filter bar."""
from sqlalchemy import func, text
from sqlalchemy.orm import Session

from .models import Customer, Order

SORTABLE = {"created": Order.created_at, "total": Order.total, "status": Order.status}


class OrderReports:
    def __init__(self, session: Session):
        self.session = session

    def by_status(self, status, sort_key="created"):
        column = SORTABLE.get(sort_key, Order.created_at)
        return (
            self.session.query(Order)
            .filter(Order.status == status)
            .order_by(column.desc())
            .all()
        )

    def sorted_orders(self, column, direction):
        # expect: sql-injection
        return self.session.query(Order).order_by(text("{} {}".format(column, direction))).limit(200).all()

    def big_spenders(self, min_orders):
        query = self.session.query(Order.customer_id, func.count(Order.id))
        # expect: sql-injection
        return query.group_by(Order.customer_id).having(text("count(orders.id) > %s" % min_orders)).all()

    def by_region(self, region):
        # expect: sql-injection
        return self.session.query(Customer).filter(text(f"region = '{region}'")).all()

    def revenue_buckets(self, bucket):
        # expect: sql-injection
        rows = self.session.query(func.sum(Order.total)).group_by(text("date_trunc('%s', orders.created_at)" % bucket))
        return rows.all()

    def by_region_safe(self, region):
        stmt = text("region = :region").bindparams(region=region)
        return self.session.query(Customer).filter(stmt).all()

    def search_reference(self, prefix):
        return self.session.query(Order).filter(Order.reference.like(prefix + "%")).all()

    def distinct_countries(self, field):
        # expect: sql-injection
        return self.session.query(Customer).distinct(text("customers.{}".format(field))).all()
