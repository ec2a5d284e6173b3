"""Participants: the people who use Gratipay."""
from postgres.orm import Model


class Participant(Model):

    typname = "participants"

    @classmethod
    def search(cls, db, q):
        # expect: sql-injection
        return db.all(f"SELECT username FROM participants WHERE username ILIKE '%{q}%' AND NOT is_closed LIMIT 10")

    @classmethod
    def from_username(cls, db, username):
        return db.one("SELECT participants.*::participants FROM participants WHERE username_lower = lower(%s)", (username,))
