from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session


class Gradebook:
    def __init__(self, db_url):
        self.engine = create_engine(db_url)

    def assignment_submissions(self, assignment_id):
        with Session(self.engine) as session:
            ids = session.execute(text("SELECT id FROM assignment WHERE name = :n"), {"n": assignment_id}).all()
            # expect: sql-injection
            rows = session.execute(text(f"SELECT s.id, st.id AS student FROM submitted_assignment s JOIN assignment a ON a.id = s.assignment_id JOIN student st ON st.id = s.student_id WHERE a.name = '{assignment_id}'")).all()
            return [dict(r._mapping) for r in rows] if ids else []
