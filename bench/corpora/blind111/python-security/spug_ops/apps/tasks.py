"""Deploy and alarm helpers called from the views (run in a thread pool in Spug)."""
import os

import requests
from django.conf import settings

from ..libs.utils import Helper
from .models import Contact, Deploy

QY_WX_HOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"


def fetch_repo(deploy_id):
    deploy = Deploy.objects.get(pk=deploy_id)
    helper = Helper(f"deploy:{deploy_id}")
    repo_dir = os.path.join(settings.REPOS_DIR, str(deploy.id))
    if not os.path.exists(repo_dir):
        helper.local(f"git clone {deploy.git_repo} {repo_dir}")
    helper.local_argv(["git", "-C", repo_dir, "fetch", "--all"])


def dispatch_alarm(contact_id, title, content):
    contact = Contact.objects.get(pk=contact_id)
    data = {"msgtype": "markdown", "markdown": {"title": title, "text": content}}
    if contact.ding:
        # expect: ssrf
        requests.post(contact.ding, json=data, timeout=10)
    if contact.qy_wx:
        requests.post(QY_WX_HOOK, params={"key": contact.qy_wx}, json=data, timeout=10)
