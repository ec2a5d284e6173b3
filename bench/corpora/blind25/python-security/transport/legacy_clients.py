"""Clients for legacy partner systems."""
import ftplib
import smtplib
import telnetlib
import xmlrpc.client

import requests


def upload_report(path: str, user: str, password: str) -> None:
    # expect: insecure-transport
    with ftplib.FTP("ftp.partner.example.com", user, password) as ftp:
        with open(path, "rb") as fh:
            ftp.storbinary("STOR report.csv", fh)


def upload_report_tls(path: str, user: str, password: str) -> None:
    with ftplib.FTP_TLS("ftp.partner.example.com", user, password) as ftp:
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR report.csv", fh)


def reboot_switch(host: str) -> None:
    # expect: insecure-transport
    tn = telnetlib.Telnet(host, 23, timeout=10)
    tn.write(b"reload\n")
    tn.close()


def send_alert(msg, password: str) -> None:
    with smtplib.SMTP("smtp.example.com", 587, timeout=10) as smtp:
        smtp.starttls()
        smtp.login("alerts", password)
        smtp.send_message(msg)


def send_alert_plain(msg, password: str) -> None:
    with smtplib.SMTP("smtp.example.com", 25, timeout=10) as smtp:
        # expect: insecure-transport
        smtp.login("alerts", password)
        smtp.send_message(msg)


def erp_proxy():
    # expect: insecure-transport
    return xmlrpc.client.ServerProxy("http://erp.partner.example.com/RPC2")


def fetch_rates() -> dict:
    # expect: insecure-transport
    return requests.get("http://rates.partner.example.com/today.json", timeout=10).json()


def fetch_rates_tls() -> dict:
    return requests.get("https://rates.partner.example.com/today.json", timeout=10).json()
