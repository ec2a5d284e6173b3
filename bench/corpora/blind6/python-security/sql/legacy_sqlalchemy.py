"""Legacy data access written for SQLAlchemy 1.3 (string statements on engines and sessions)."""
from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker
from sqlalchemy.sql import text

engine = create_engine("mysql+pymysql://legacy@db/crm")
Session = scoped_session(sessionmaker(bind=engine))


def contacts_for_company(company):
    # expect: sqlalchemy-string-execute
    return engine.execute("SELECT * FROM contacts WHERE company = '%s'" % company).fetchall()


def contacts_for_company_safe(company):
    return engine.execute(text("SELECT * FROM contacts WHERE company = :company"), company=company).fetchall()


def deactivate(contact_id):
    session = Session()
    # expect: sqlalchemy-string-execute
    session.execute("UPDATE contacts SET active = 0 WHERE id = " + str(contact_id))
    session.commit()


def deactivate_safe(contact_id):
    session = Session()
    session.execute(text("UPDATE contacts SET active = 0 WHERE id = :id"), {"id": contact_id})
    session.commit()


def tag_contacts(tag, ids):
    id_list = ",".join(str(int(i)) for i in ids)
    with engine.connect() as conn:
        # expect: sqlalchemy-string-execute
        conn.execute("UPDATE contacts SET tag = '{}' WHERE id IN ({})".format(tag, id_list))


def active_count():
    return engine.execute("SELECT count(*) FROM contacts WHERE active = 1").scalar()
