from sqlalchemy import text

from SpiderKeeper.app import Base, db

JOB_ORDERING = {"create_time": "create_time", "start_time": "start_time", "end_time": "end_time"}


class Project(Base):
    __tablename__ = "sk_project"
    project_name = db.Column(db.String(50))

    def to_dict(self):
        return dict(project_id=self.id, project_name=self.project_name)


class SpiderServer(Base):
    __tablename__ = "sk_server"
    url = db.Column(db.String(255))

    def to_dict(self):
        return dict(id=self.id, url=self.url)


class JobExecution(Base):
    __tablename__ = "sk_job_execution"
    project_id = db.Column(db.INTEGER, nullable=False, index=True)
    service_job_execution_id = db.Column(db.String(50), nullable=False, index=True)
    running_status = db.Column(db.INTEGER)
    running_on = db.Column(db.Text)


def list_job_executions(project_id, order_by, status=None):
    params = {"pid": project_id}
    sql = "SELECT id, service_job_execution_id, running_status FROM sk_job_execution WHERE project_id = :pid"
    if status is not None:
        sql += " AND running_status = :status"
        params["status"] = status
    # expect: sql-injection
    rows = db.session.execute(text(sql + " ORDER BY %s DESC" % order_by), params)
    return [dict(r._mapping) for r in rows]


def list_job_executions_checked(project_id, order_by):
    column = JOB_ORDERING.get(order_by, "create_time")
    rows = db.session.execute(text("SELECT id FROM sk_job_execution WHERE project_id = :pid ORDER BY %s DESC" % column), {"pid": project_id})
    return [dict(r._mapping) for r in rows]
