"""Query helpers for the subscriptions app (SQLAlchemy 2.x)."""
import logging
from datetime import datetime
from typing import Optional, Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, NoResultFound
from sqlalchemy.orm import Session

from .models import Plan, Subscription, User

log = logging.getLogger(__name__)


def active_subscriptions(session: Session) -> Sequence[Subscription]:
    stmt = select(Subscription).where(Subscription.cancelled_at == None)  # noqa: E711
    return session.scalars(stmt).all()


def active_subscriptions_v2(session: Session) -> Sequence[Subscription]:
    stmt = select(Subscription).where(Subscription.cancelled_at.is_(None))
    return session.scalars(stmt).all()


def find_user(session: Session, email: str) -> Optional[User]:
    try:
        return session.scalars(select(User).where(User.email == email)).one()
    except NoResultFound:
        return None


def create_user(session: Session, email: str, plan: Optional[Plan] = None) -> Optional[User]:
    user = User(email=email)
    # expect: eq-none
    if plan != None:
        user.plan = plan
    session.add(user)
    try:
        session.commit()
    # expect: swallowed-exception
    except IntegrityError:
        pass
    return user


def cancel(session: Session, sub: Subscription, when: Optional[datetime] = None) -> None:
    # expect: eq-none
    if sub.cancelled_at == None:
        sub.cancelled_at = when or datetime.utcnow()
    session.commit()


# expect: mutable-default
def bulk_cancel(session: Session, ids: list[int], skipped: list = []) -> list:
    for sid in ids:
        sub = session.get(Subscription, sid)
        if sub is None:
            skipped.append(sid)
            continue
        cancel(session, sub)
    return skipped


def plan_name(sub: Subscription) -> str:
    if sub.plan is None:
        return "free"
    # expect: is-literal
    if sub.plan.code is "ent":
        return "Enterprise"
    return sub.plan.code.title()


def renew(session: Session, sub: Subscription) -> bool:
    if sub.cancelled_at is not None:
        return False
    sub.renewed_at = datetime.utcnow()
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        log.exception("renew failed for %s", sub.id)
        return False
    return True


def delete_user(session: Session, user: User) -> None:
    session.delete(user)
    session.commit()
    return
    # expect: unreachable
    log.info("deleted user %s", user.id)


def migrate_plans(session: Session, mapping: dict) -> int:
    n = 0
    for sub in session.scalars(select(Subscription)):
        new = mapping.get(sub.plan_id)
        if new is None:
            continue
        sub.plan_id = new
        n += 1
    try:
        session.commit()
    # expect: bare-except
    except:
        session.rollback()
        raise
    return n
