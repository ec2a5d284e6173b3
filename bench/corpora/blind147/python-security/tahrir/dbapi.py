"""TahrirDatabase: the high level database API."""
import logging

from sqlalchemy import text

from .model import Assertion, Badge, Person

log = logging.getLogger(__name__)

SORT_COLUMNS = {'rank': 'rank', 'nickname': 'nickname', 'created': 'created_on'}


class TahrirDatabase:
    def __init__(self, session):
        self.session = session

    def get_person(self, nickname):
        return self.session.query(Person).filter_by(nickname=nickname).first()

    def holders_of(self, badge_id):
        return (self.session.query(Person).join(Assertion)
                .filter(Assertion.badge_id == badge_id).order_by(Assertion.issued_on).all())

    def leaderboard(self, sort='rank', limit=50):
        # expect: sql-injection
        rows = self.session.execute(text(f'SELECT nickname, rank, (SELECT count(*) FROM assertions a WHERE a.person_id = p.id) AS n FROM persons p ORDER BY {sort} LIMIT {limit}'))
        return [dict(r._mapping) for r in rows]

    def leaderboard_safe(self, sort='rank', limit=50):
        column = SORT_COLUMNS.get(sort, 'rank')
        rows = self.session.execute(text(f'SELECT nickname, rank FROM persons ORDER BY {column} LIMIT :lim'), {'lim': int(limit)})
        return [dict(r._mapping) for r in rows]

    def badge_exists(self, badge_id):
        return self.session.query(Badge).filter_by(id=badge_id).count() > 0

    def add_assertion(self, badge_id, email, issued_on):
        person = self.session.query(Person).filter_by(email=email).one()
        self.session.add(Assertion(badge_id=badge_id, person_id=person.id, issued_on=issued_on))
        log.info('awarded %s to %s', badge_id, person.nickname)
