"""Desktop plugin host: opens attachments and runs converter plugins."""
import os
import sys



def run_converter(message):
    """message is the parsed e-mail; X-Convert-With names the converter."""
    converter = message["X-Convert-With"]
    # expect: command-injection
    return os.spawnlp(os.P_WAIT, converter, converter, message["attachment_path"])


def run_shell_rule(rule):
    # rule["action"] is the text a mail-filter rule received from the shared inbox
    # expect: command-injection
    return os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", rule["action"])


def run_invite_action(invite):
    """invite is a received calendar invite; its X-Run field is free text from the sender."""
    cmd_text = invite.get("X-Run", "")
    # expect: command-injection
    return os.spawnv(os.P_WAIT, "/bin/bash", ["bash", "-c", cmd_text])


def open_attachment(message):
    if sys.platform == "win32":
        # expect: command-injection
        os.startfile(message["attachment_path"])


def compress(path):
    return os.spawnlp(os.P_WAIT, "gzip", "gzip", "-9", path)


def sync(src, dst):
    pid = os.posix_spawnp("rsync", ["rsync", "-a", "--", src, dst], dict(os.environ))
    return os.waitpid(pid, 0)


def notify():
    return os.spawnl(os.P_NOWAIT, "/usr/bin/notify-send", "notify-send", "Mailer", "Conversion done")
