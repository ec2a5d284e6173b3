# library: SQLAlchemy ORM (text fragments in filter/order_by)
"""Ticket queries for the helpdesk."""
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from helpdesk.models import Ticket

ORDERABLE = {"created": Ticket.created_at, "priority": Ticket.priority}


def open_tickets(session: Session, queue: str):
    return session.scalars(select(Ticket).where(Ticket.queue == queue, Ticket.closed_at.is_(None))).all()


def tickets_matching(session: Session, clause: str):
    # expect: sql-injection
    return session.query(Ticket).filter(text(clause)).all()


def tickets_for_agent(session: Session, agent: str):
    # expect: sql-injection
    return session.query(Ticket).filter(text(f"assignee = '{agent}'")).all()


def sorted_tickets(session: Session, sort: str):
    column = ORDERABLE.get(sort, Ticket.created_at)
    return session.scalars(select(Ticket).order_by(column.desc())).all()


def sorted_tickets_raw(session: Session, sort: str):
    # expect: sql-injection
    return session.scalars(select(Ticket).order_by(text(sort + " DESC"))).all()


def tickets_tagged(session: Session, tag: str):
    return session.scalars(select(Ticket).where(text("tags @> ARRAY[:tag]")).params(tag=tag)).all()
