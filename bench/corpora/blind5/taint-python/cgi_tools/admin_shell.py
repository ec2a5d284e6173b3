"""Interactive maintenance helper run by operators on the box.

Arguments on the command line come from the operator who runs the tool (trusted);
the prompts below read answers that are pasted from support tickets, so they are
treated as untrusted text.
"""
import argparse
import os
import sqlite3
import subprocess
import sys

DB_PATH = "/var/lib/helpdesk/tickets.db"


def connect():
    return sqlite3.connect(DB_PATH)


def close_ticket():
    ticket = input("ticket reference from the e-mail: ")
    conn = connect()
    # expect: sql-injection
    conn.execute(f"UPDATE tickets SET state = 'closed' WHERE ref = '{ticket}'")
    conn.commit()


def close_ticket_safe():
    ticket = input("ticket reference from the e-mail: ")
    conn = connect()
    conn.execute("UPDATE tickets SET state = 'closed' WHERE ref = ?", (ticket,))
    conn.commit()


def reset_mailbox():
    mailbox = input("mailbox to reset: ").strip()
    # expect: command-injection
    subprocess.call("doveadm expunge -u " + mailbox + " mailbox INBOX all", shell=True)


def reset_mailbox_safe():
    mailbox = input("mailbox to reset: ").strip()
    subprocess.call(["doveadm", "expunge", "-u", mailbox, "mailbox", "INBOX", "all"])


def calculator():
    expr = input("expression from the ticket: ")
    # expect: code-injection
    print(eval(expr))


def vacuum(db_path):
    subprocess.run(f"sqlite3 {db_path} 'VACUUM;'", shell=True, check=True)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["close", "reset", "calc", "vacuum"])
    parser.add_argument("--db", default=DB_PATH)
    args = parser.parse_args(argv)
    if args.command == "vacuum":
        # the operator's own argument: not untrusted input for a CLI tool
        vacuum(args.db)
    elif args.command == "close":
        close_ticket()
    elif args.command == "reset":
        reset_mailbox()
    else:
        calculator()
    extra = sys.argv[1:]
    if extra and os.environ.get("HELPDESK_DEBUG"):
        subprocess.run(" ".join(["echo"] + extra), shell=True)


if __name__ == "__main__":
    main()
