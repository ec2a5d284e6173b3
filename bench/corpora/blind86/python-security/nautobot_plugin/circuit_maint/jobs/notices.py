"""Jobs the app ships: run by the worker with the variables from the job form."""
import subprocess

from nautobot.extras.jobs import Job, StringVar, IntegerVar, ChoiceVar

from nautobot_plugin.circuit_maint.git.sync import RepositorySync

MAILBOX_CHOICES = (("noc", "noc@example.net"), ("carrier", "carrier-notices@example.net"))


class FetchMaintenanceMail(Job):
    mailbox = StringVar(description="IMAP folder to read")
    days = IntegerVar(default=7)
    account = ChoiceVar(choices=MAILBOX_CHOICES)

    class Meta:
        name = "Fetch maintenance notices"

    def run(self, mailbox, days, account):
        folder = mailbox or "INBOX"
        # expect: command-injection
        output = subprocess.run(f"fetchmail --folder {folder} --since {int(days)}d", shell=True, capture_output=True, text=True)
        self.logger.info("fetched %d lines", len(output.stdout.splitlines()))
        subprocess.run(["fetchmail", "--account", dict(MAILBOX_CHOICES)[account], "--since", f"{int(days)}d"], check=True)


class SyncParserRepository(Job):
    remote_url = StringVar(description="git URL of the parser definitions")
    branch = StringVar(default="main")

    class Meta:
        name = "Sync parser repository"

    def run(self, remote_url, branch):
        RepositorySync(remote_url, branch).clone()
        RepositorySync(remote_url, branch).clone_argv()


jobs = [FetchMaintenanceMail, SyncParserRepository]
