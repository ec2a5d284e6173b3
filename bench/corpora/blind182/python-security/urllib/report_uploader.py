"""Fetch nightly reports from the old reporting box with the legacy URLopener API."""
import logging
import urllib.request

log = logging.getLogger(__name__)

REPORT_HOST = "https://reports.acme-intra.example"


class ReportClient:
    def __init__(self, session_cookie):
        self.opener = urllib.request.URLopener()
        self.opener.addheader("Cookie", f"session={session_cookie}")

    def daily(self, day):
        with self.opener.open(f"{REPORT_HOST}/daily/{day}.csv") as fh:
            return fh.read().decode("utf-8")

    def weekly(self):
        # expect: cleartext-transport
        with self.opener.open("http://reports.acme-intra.example/weekly/latest.csv") as fh:
            return fh.read().decode("utf-8")


def fetch_payroll_summary(cookie):
    opener = urllib.request.URLopener()
    opener.addheader("Cookie", f"session={cookie}")
    # expect: cleartext-transport
    with opener.open("http://payroll.acme-intra.example/summary/current.csv") as fh:
        return fh.read().decode("utf-8")


def fetch_public_holidays(year):
    opener = urllib.request.URLopener()
    with opener.open(f"https://calendar.acme-intra.example/holidays/{int(year)}.ics") as fh:
        return fh.read().decode("utf-8")


def fetch_status_page():
    opener = urllib.request.URLopener()
    with opener.open("https://status.acme-intra.example/summary.json") as fh:
        return fh.read()


def run(cookie, day):
    client = ReportClient(cookie)
    daily = client.daily(day)
    weekly = client.weekly()
    log.info("fetched %d + %d bytes", len(daily), len(weekly))
    return daily, weekly
