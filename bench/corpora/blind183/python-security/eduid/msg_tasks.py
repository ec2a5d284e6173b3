"""Celery tasks of the eduID msg worker: mail, SMS and postal letters."""
import os
import subprocess

from celery import shared_task
from jinja2 import Environment, FileSystemLoader, select_autoescape

from eduid.workers.msg.common import MsgCelerySingleton
from eduid.workers.msg.navet import NavetClient

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")
env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))
text_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=False)
LANGUAGES = {"sv", "en"}


@shared_task(bind=True)
def sendmail(self, recipient: str, template: str, context: dict, language: str = "sv"):
    lang = language if language in LANGUAGES else "sv"
    html = env.get_template(f"{template}.{lang}.html.jinja2").render(**context)
    text = text_env.get_template(f"{template}.{lang}.txt.jinja2").render(**context)
    MsgCelerySingleton.smtp.send(recipient, html=html, text=text)


@shared_task(bind=True)
def send_letter(self, eppn: str, nin: str, code: str):
    conf = MsgCelerySingleton.conf
    address = NavetClient(conf.navet_url, timeout=10).postal_address(nin)
    body = text_env.get_template("letter.sv.txt.jinja2").render(address=address, code=code)
    spool = conf.letter_spool_dir
    txt_path = os.path.join(spool, f"{eppn}-{code}.txt")
    with open(txt_path, "w", encoding="utf-8") as f:
        f.write(body)
    pdf_path = txt_path[:-4] + ".pdf"
    ps = subprocess.run(["enscript", "-B", "-o", "-", txt_path], check=True, stdout=subprocess.PIPE)
    subprocess.run(["ps2pdf", "-", pdf_path], input=ps.stdout, check=True)
    os.chmod(pdf_path, 0o640)
    return os.path.basename(pdf_path)


@shared_task(bind=True)
def sendsms(self, recipient: str, message: str):
    MsgCelerySingleton.sms.send(recipient, message[:160])
