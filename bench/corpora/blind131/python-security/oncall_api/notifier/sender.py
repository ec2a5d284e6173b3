from oncall_api import db
from oncall_api.notifier.messengers import webhook

MESSENGERS = {}


def init(config):
    MESSENGERS["webhook"] = webhook.webhook_messenger(config.get("webhook", {}))
    MESSENGERS["iris"] = webhook.iris_messenger(config["iris"])


def send_pending():
    connection = db.connect()
    cursor = connection.cursor(db.DictCursor)
    cursor.execute("SELECT `n`.`subject`, `n`.`body`, `s`.`mode`, `s`.`destination`, `u`.`name` AS `user` "
                   "FROM `notification_queue` `n` JOIN `notification_setting` `s` ON `s`.`id` = `n`.`setting_id` "
                   "JOIN `user` `u` ON `u`.`id` = `s`.`user_id` WHERE `n`.`sent` = 0")
    for row in cursor.fetchall():
        messenger = MESSENGERS.get(row["mode"])
        if messenger is not None:
            messenger.send(row)
    connection.close()
