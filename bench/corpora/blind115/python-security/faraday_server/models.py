from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

db = SQLAlchemy()


class Workspace(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(250), unique=True, nullable=False)


class ReportSettings(db.Model):
    key = db.Column(db.String(64), primary_key=True)
    value = db.Column(db.Text)

    @classmethod
    def set(cls, key, value):
        db.session.merge(cls(key=key, value=value))
        db.session.commit()

    @classmethod
    def get(cls, key):
        row = db.session.get(cls, key)
        return row.value if row else None


class Vulnerability(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    workspace_id = db.Column(db.Integer, db.ForeignKey("workspace.id"))
    name = db.Column(db.Text)
    desc = db.Column(db.Text)
    severity = db.Column(db.String(16))

    @classmethod
    def create(cls, workspace_id, name, desc, severity, refs):
        vuln = cls(workspace_id=workspace_id, name=name, desc=desc, severity=severity)
        db.session.add(vuln)
        db.session.commit()
        return vuln.id

    @classmethod
    def list_sorted(cls, workspace_id, column, direction):
        rows = db.session.execute(text(f"SELECT id, name, severity FROM vulnerability WHERE workspace_id = :w ORDER BY {column} {direction}"),
                                  {"w": workspace_id})
        return [dict(r._mapping) for r in rows]

    @classmethod
    def grouped(cls, workspace_id, group_by):
        # expect: sql-injection
        rows = db.session.execute(text(f"SELECT {group_by}, COUNT(*) AS count FROM vulnerability WHERE workspace_id = :w GROUP BY {group_by}"),
                                  {"w": workspace_id})
        return [dict(r._mapping) for r in rows]
