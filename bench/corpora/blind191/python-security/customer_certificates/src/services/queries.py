from sqlalchemy import text

from src.models import Customer

CERT_COLUMNS = "c.id, c.active, c.created_at, c.common_name"


def customer_by_email(session, email):
    return session.query(Customer).filter(Customer.email == email).one_or_none()


def active_certificates(session, email):
    return session.execute(
        text(f"SELECT {CERT_COLUMNS} FROM certificates c JOIN customers u ON u.id = c.customer_id "
             "WHERE u.email = :email AND c.active = true ORDER BY c.created_at DESC"),
        {"email": email},
    ).fetchall()


def certificates_for_customer(session, email, status):
    flag = "true" if status == "active" else "false"
    # expect: sql-injection
    return session.execute(text("SELECT %s FROM certificates c JOIN customers u ON u.id = c.customer_id WHERE u.email = '%s' AND c.active = %s" % (CERT_COLUMNS, email, flag))).fetchall()


def delete_customer(session, email):
    session.execute(text("DELETE FROM customers WHERE email = :email"), {"email": email})


def customer_count(session):
    return session.execute(text("SELECT count(*) FROM customers")).scalar()


def certificate_owner(session, cert_id):
    return session.execute(
        text("SELECT u.email FROM certificates c JOIN customers u ON u.id = c.customer_id WHERE c.id = :cid"),
        {"cid": int(cert_id)},
    ).scalar()
