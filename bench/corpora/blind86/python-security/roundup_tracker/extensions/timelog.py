"""A tracker extension registered with ``instance.registerAction``."""
import subprocess

from roundup_tracker.cgi.actions import Action


class TimeReportAction(Action):
    def handle(self):
        user = self.form.getfirst("user", "")
        month = self.form.getfirst("month", "")
        if not month.isdigit():
            month = "1"
        # expect: command-injection
        report = subprocess.check_output("/opt/tracker/bin/timereport --user '%s' --month %s" % (user, month), shell=True)
        return report.decode()

    def handle_argv(self):
        user = self.form.getfirst("user", "")
        return subprocess.check_output(["/opt/tracker/bin/timereport", "--user", user]).decode()


def init(instance):
    instance.registerAction("timereport", TimeReportAction)
