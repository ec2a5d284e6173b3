"""Raw SQL over the amavis database (its tables are not Django models)."""
from django.db import connections

CRITERIA = {"from_addr": "maddr.email", "subject": "msgs.subject", "to": "rcpt.email"}
MSGTYPES = {"S", "V", "H", "C", "M", "B"}


class SQLconnector:
    def __init__(self, user):
        self.user = user
        self.cursor = connections["amavis"].cursor()

    def get_mails(self, navparams):
        column = CRITERIA.get(navparams["criteria"], "maddr.email")
        sql = f"SELECT msgs.mail_id, msgs.subject FROM msgs JOIN maddr ON msgs.sid = maddr.id WHERE {column} LIKE %s"
        args = ["%" + navparams["pattern"] + "%"]
        msgtype = navparams.get("msgtype")
        if msgtype in MSGTYPES:
            sql += " AND msgs.content = %s"
            args.append(msgtype)
        self.cursor.execute(sql, args)
        return self.cursor.fetchall()

    def set_msgrcpt_status(self, mail_id, rcpt, status):
        # expect: sql-injection
        self.cursor.execute("UPDATE msgrcpt SET rs='%s' WHERE mail_id='%s' AND rid=(SELECT id FROM maddr WHERE email='%s')" % (status, mail_id, rcpt))


def get_connector(user):
    return SQLconnector(user)
