"""Write bench/corpora/fresh/secrets-2/: a second blind secrets corpus (issue 14).

Every value is drawn from `random.Random(2211262350)` in its provider's prefix, length and
alphabet; none is a working credential. Rerun to regenerate the same files:
    python bench/corpora/fresh/make_secrets_2.py
"""
import base64
import json
import random
import string
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent / "secrets-2"
R = random.Random(2211262350)
B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = B62 + "+/"
URL = B62 + "-_"
UP = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"


def t(n: int, alphabet: str = B62) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def pw(n: int = 18) -> str:
    """A strong human-chosen-looking password."""
    body = t(n - 3, B62)
    return body[:5] + R.choice("!#%&*-_@") + body[5:] + t(1, string.digits) + R.choice("!#%&*?.")


def uuid() -> str:
    return f"{t(8, HEX)}-{t(4, HEX)}-4{t(3, HEX)}-{R.choice('89ab')}{t(3, HEX)}-{t(12, HEX)}"


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pem(kind: str, lines: int = 12) -> list[str]:
    body = [t(64, B64) for _ in range(lines)] + [t(R.randint(20, 60), B64) + "=="]
    return [f"-----BEGIN {kind}-----", *body, f"-----END {kind}-----"]


def jwt(claims: dict, alg: str = "RS256") -> str:
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{enc({'alg': alg, 'kid': t(43, URL)})}.{enc(claims)}.{t(342 if alg.startswith('RS') else 43, URL)}"


def aws_id(prefix: str = "AKIA") -> str:
    return prefix + t(16, B32)


def aws_secret() -> str:
    return t(40, B64)


def gh(prefix: str) -> str:
    return prefix + t(36)


def gh_pat() -> str:
    return "github_pat_" + t(22) + "_" + t(59)


def slack(kind: str = "xoxb") -> str:
    return f"{kind}-{t(12, string.digits)}-{t(13, string.digits)}-{t(24)}"


def openai_key() -> str:
    return "sk-proj-" + t(74, URL) + "T3BlbkFJ" + t(74, URL)


def anthropic_key() -> str:
    return "sk-ant-api03-" + t(93, URL) + "AA"


def vault(prefix: str = "hvs.") -> str:
    return prefix + t(24) if prefix == "hvs." else prefix + "AAAAAQ" + t(130, URL)


def sendgrid() -> str:
    return f"SG.{t(22, URL)}.{t(43, URL)}"


def pypi() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + t(150, URL)


def npm() -> str:
    return "npm_" + t(36)


def atlassian() -> str:
    return "ATATT3xFfGF0" + t(170, URL) + "=" + t(8, HEX.upper())


def kube_sa_token() -> str:
    return jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                "sub": "system:serviceaccount:ci:deployer"})


CORPUS: dict[str, str | tuple[str, list[int]]] = {}


def put(path: str, text: str) -> None:
    CORPUS[path] = textwrap.dedent(text).lstrip("\n")


def put_json(path: str, obj: object, secret_keys: set[str]) -> None:
    """A JSON file whose lines holding one of `secret_keys` are positives (sidecar labels)."""
    text = json.dumps(obj, indent=2) + "\n"
    lines = [n for n, line in enumerate(text.splitlines(), 1)
             if any(line.lstrip().startswith(f'"{k}"') for k in secret_keys)]
    CORPUS[path] = (text, lines)


# --------------------------------------------------------------------------- .env files
put("service/.env", f"""
    # local overrides for the billing service (do not commit — committed anyway)
    APP_ENV=production
    LOG_LEVEL=info
    AWS_REGION=eu-west-1
    # expect: secret
    AWS_ACCESS_KEY_ID={aws_id()}
    # expect: secret
    AWS_SECRET_ACCESS_KEY={aws_secret()}
    S3_BUCKET=billing-invoices-prod
    # expect: secret
    STRIPE_SECRET_KEY=sk_live_{t(99)}
    STRIPE_PUBLISHABLE_KEY=pk_live_{t(99)}
    # expect: secret
    STRIPE_WEBHOOK_SECRET=whsec_{t(32)}
    # expect: secret
    SENDGRID_API_KEY={sendgrid()}
    # expect: secret
    OPENAI_API_KEY={openai_key()}
    # expect: secret
    ANTHROPIC_API_KEY={anthropic_key()}
    # expect: secret
    DATABASE_URL=postgres://billing:{t(24)}@billing-db.internal:5432/billing
    DATABASE_URL_TEST=postgres://postgres@localhost:5432/billing_test
    # expect: secret
    REDIS_URL=redis://:{t(32)}@cache.internal:6379/0
    API_TOKEN=${{API_TOKEN}}
    SECRET_KEY=
    FEATURE_FLAGS=invoices,refunds
    REQUEST_ID_HEADER=X-Request-Id
    """)

put("service/.env.example", """
    # Copy to .env and fill in. Every value here is a placeholder.
    AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    STRIPE_SECRET_KEY=sk_live_your_key_here
    OPENAI_API_KEY=sk-...
    ANTHROPIC_API_KEY=<your-anthropic-key>
    GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    SLACK_BOT_TOKEN=xoxb-your-bot-token
    DATABASE_URL=postgres://user:password@localhost:5432/app
    DB_PASSWORD=changeme
    SECRET_KEY=replace-me
    VAULT_TOKEN=hvs.XXXXXXXXXXXXXXXXXXXXXXXX
    HF_TOKEN=hf_************************************
    """)

put("worker/.env.production", f"""
    export NODE_ENV=production
    # expect: secret
    export GITHUB_TOKEN={gh('ghp_')}
    # expect: secret
    export GITLAB_TOKEN=glpat-{t(20, URL)}
    # expect: secret
    export HUGGINGFACE_HUB_TOKEN=hf_{t(34, string.ascii_letters)}
    # expect: secret
    export DD_API_KEY={t(32, HEX)}
    export DD_SITE=datadoghq.eu
    # expect: secret
    export NEW_RELIC_LICENSE_KEY=eu01xx{t(30, HEX)}NRAL
    # expect: secret
    export SENTRY_AUTH_TOKEN=sntrys_{t(120, B62)}
    export SENTRY_ORG=acme
    # expect: secret
    export MAILGUN_API_KEY=key-{t(32, HEX)}
    export MAILGUN_DOMAIN=mg.acme.io
    export COMMIT_SHA={t(40, HEX)}
    export BUILD_ID={uuid()}
    """)

# --------------------------------------------------------------------------- kubernetes
put("k8s/secret-app.yaml", f"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: app-credentials
      namespace: shop
      annotations:
        checksum/config: {t(64, HEX)}
    type: Opaque
    stringData:
      # expect: secret
      DB_PASSWORD: "{pw(20)}"
      # expect: secret
      GITLAB_DEPLOY_TOKEN: gldt-{t(20, URL)}
      DB_USER: shop
      DB_HOST: postgres.shop.svc
    data:
      # expect: secret
      api-key: {b64(t(40))}
      username: {b64('shop')}
    ---
    apiVersion: v1
    kind: Secret
    metadata:
      name: shop-tls
    type: kubernetes.io/tls
    data:
      tls.crt: {b64(chr(10).join(pem('CERTIFICATE', 6)))}
      # expect: secret
      tls.key: {b64(chr(10).join(pem('PRIVATE KEY', 6)))}
    """)

put("k8s/deployment.yaml", f"""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: shop
    spec:
      template:
        spec:
          imagePullSecrets:
            - name: regcred
          containers:
            - name: shop
              image: registry.acme.io/shop@sha256:{t(64, HEX)}
              env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: app-credentials
                      key: DB_PASSWORD
                - name: PASSWORD_MIN_LENGTH
                  value: "12"
                - name: TOKEN_URL
                  value: https://auth.acme.io/oauth/token
                # expect: secret
                - {{name: STRIPE_API_KEY, value: "rk_live_{t(99)}"}}
                - name: SECRET_NAME
                  value: prod/shop/db
    """)

put("k8s/kubeconfig", f"""
    apiVersion: v1
    kind: Config
    clusters:
      - name: staging
        cluster:
          server: https://10.20.0.1:6443
          certificate-authority-data: {b64(chr(10).join(pem('CERTIFICATE', 8)))}
    users:
      - name: admin
        user:
          client-certificate-data: {b64(chr(10).join(pem('CERTIFICATE', 8)))}
          # expect: secret
          client-key-data: {b64(chr(10).join(pem('EC PRIVATE KEY', 3)))}
      - name: deployer
        user:
          # expect: secret
          token: {kube_sa_token()}
      - name: gke
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1beta1
            command: gke-gcloud-auth-plugin
      - name: legacy-gcp
        user:
          auth-provider:
            name: gcp
            config:
              # expect: secret
              access-token: ya29.a0{t(160, URL)}
              cmd-path: /usr/lib/google-cloud-sdk/bin/gcloud
    contexts:
      - name: admin@staging
        context: {{cluster: staging, user: admin}}
    current-context: admin@staging
    """)

put("charts/api/values-prod.yaml", f"""
    replicaCount: 3
    image:
      repository: registry.acme.io/api
      tag: "{t(40, HEX)}"
    postgresql:
      auth:
        username: api
        # expect: secret
        password: "{pw()}"
        existingSecret: ""
    redis:
      auth:
        existingSecret: api-redis
        existingSecretPasswordKey: redis-password
    datadog:
      # expect: secret
      apiKey: {t(32, HEX)}
      # expect: secret
      appKey: {t(40, HEX)}
    newrelic:
      # expect: secret
      licenseKey: {t(36, HEX)}NRAL
    sentry:
      dsn: https://{t(32, HEX)}@o{t(6, string.digits)}.ingest.sentry.io/{t(7, string.digits)}
    ingress:
      tls:
        - secretName: api-tls
          hosts: [api.acme.io]
    """)

# --------------------------------------------------------------------------- terraform
put("infra/main.tf", f"""
    terraform {{
      required_providers {{
        aws = {{ source = "hashicorp/aws", version = "~> 5.0" }}
      }}
    }}

    provider "aws" {{
      region     = "us-east-1"
      # expect: secret
      access_key = "{aws_id()}"
      # expect: secret
      secret_key = "{aws_secret()}"
    }}

    provider "digitalocean" {{
      # expect: secret
      token = "dop_v1_{t(64, HEX)}"
    }}

    provider "cloudflare" {{
      api_token = var.cloudflare_api_token
    }}

    variable "db_password" {{
      type      = string
      sensitive = true
    }}

    resource "aws_db_instance" "reports" {{
      engine            = "postgres"
      username          = "reports"
      password          = var.db_password
      instance_class    = "db.t3.micro"
    }}

    resource "aws_db_instance" "legacy" {{
      engine   = "mysql"
      username = "admin"
      # expect: secret
      password = "{pw(16)}"
    }}

    resource "aws_secretsmanager_secret" "api" {{
      name = "prod/api/token"
    }}

    resource "datadog_monitor" "cpu" {{
      name = "CPU high"
      query = "avg(last_5m):avg:system.cpu.user{{*}} > 90"
    }}
    """)

put("infra/prod.tfvars", f"""
    environment = "prod"
    # expect: secret
    cloudflare_api_token = "{t(40, URL)}"
    # expect: secret
    github_token = "{gh_pat()}"
    # expect: secret
    pagerduty_token = "u+{t(18, URL)}"
    ami_id = "ami-{t(17, HEX)}"
    vpc_id = "vpc-{t(17, HEX)}"
    """)

put("infra/.terraform.lock.hcl", f"""
    provider "registry.terraform.io/hashicorp/aws" {{
      version     = "5.31.0"
      constraints = "~> 5.0"
      hashes = [
        "h1:{t(43, B64)}=",
        "zh:{t(64, HEX)}",
        "zh:{t(64, HEX)}",
      ]
    }}
    """)

# --------------------------------------------------------------------------- docker
put("service/Dockerfile", f"""
    FROM python:3.12-slim@sha256:{t(64, HEX)}
    ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
    # expect: secret
    ARG PIP_EXTRA_INDEX_URL=https://ci-bot:{t(32, URL)}@pypi.acme.io/simple
    # expect: secret
    ENV NPM_TOKEN={npm()}
    RUN echo "//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}" > /root/.npmrc
    RUN --mount=type=secret,id=pip_token pip install -r requirements.txt
    # expect: secret
    ENV HF_TOKEN=hf_{t(34, string.ascii_letters)}
    ENV DJANGO_SETTINGS_MODULE=shop.settings.prod
    HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
    """)

put_json("deploy/docker-config.json", {
    "auths": {
        "registry.acme.io": {"auth": b64("ci-bot:" + pw(22))},
        "https://index.docker.io/v1/": {"auth": b64("acmebot:dckr_pat_" + t(27, URL))},
        "ghcr.io": {},
    },
    "credsStore": "desktop",
    "currentContext": "default",
}, {"auth"})

put("deploy/docker-compose.yml", f"""
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: shop
          # expect: secret
          POSTGRES_PASSWORD: {pw(18)}
      queue:
        image: rabbitmq:3-management
        environment:
          RABBITMQ_DEFAULT_USER: guest
          RABBITMQ_DEFAULT_PASS: guest
      api:
        build: .
        environment:
          DATABASE_PASSWORD: ${{DATABASE_PASSWORD:?set it}}
          # expect: secret
          MONGO_URL: mongodb+srv://shop-admin:{t(20)}@cluster0.x{t(5, string.ascii_lowercase)}.mongodb.net/shop
          SENTRY_DSN_FILE: /run/secrets/sentry_dsn
        secrets:
          - sentry_dsn
    secrets:
      sentry_dsn:
        file: ./sentry_dsn.txt
    """)

# --------------------------------------------------------------------------- CI
put(".github/workflows/release.yml", f"""
    name: release
    on:
      push:
        tags: ["v*"]
    env:
      # expect: secret
      DOCKERHUB_TOKEN: dckr_pat_{t(27, URL)}
      REGISTRY: ghcr.io
    jobs:
      publish:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@{t(40, HEX)}
          - uses: pypa/gh-action-pypi-publish@{t(40, HEX)}
            with:
              password: ${{{{ secrets.PYPI_API_TOKEN }}}}
          - name: upload to test index
            env:
              # expect: secret
              TWINE_PASSWORD: {pypi()}
            run: twine upload --repository testpypi dist/*
          - name: notify
            run: |
              # expect: secret
              curl -X POST -H 'Content-type: application/json' --data '{{"text":"released"}}' https://hooks.slack.com/services/T{t(8, UP)}/B{t(10, UP)}/{t(24)}
          - name: login
            run: echo "${{{{ secrets.GITHUB_TOKEN }}}}" | docker login ghcr.io -u ${{{{ github.actor }}}} --password-stdin
    """)

put(".gitlab-ci.yml", f"""
    variables:
      DOCKER_DRIVER: overlay2
      # expect: secret
      HEROKU_API_KEY: "{uuid()}"
      CACHE_KEY: "{uuid()}"
    deploy:
      stage: deploy
      script:
        - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
        # expect: secret
        - 'curl --header "PRIVATE-TOKEN: glpat-{t(20, URL)}" https://gitlab.acme.io/api/v4/projects'
        # expect: secret
        - gitlab-runner register --registration-token GR1348941{t(20, URL)}
        - echo "deploying $CI_COMMIT_SHA"
    """)

put(".circleci/config.yml", f"""
    version: 2.1
    jobs:
      build:
        docker:
          - image: cimg/node:20.11
            auth:
              username: acmebot
              # expect: secret
              password: dckr_pat_{t(27, URL)}
        environment:
          # expect: secret
          NPM_TOKEN: {npm()}
          # expect: secret
          SHOPIFY_API_SECRET: shpss_{t(32, HEX)}
          NODE_OPTIONS: --max-old-space-size=4096
        steps:
          - checkout
          - run: npm ci
    """)

# --------------------------------------------------------------------------- python
put("shop/settings.py", f"""
    import os
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent
    # expect: secret
    SECRET_KEY = 'django-insecure-{t(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")}'
    DEBUG = os.environ.get("DEBUG") == "1"
    ALLOWED_HOSTS = ["shop.acme.io"]
    DATABASES = {{
        "default": {{
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "shop",
            "USER": "shop",
            # expect: secret
            "PASSWORD": "{pw(17)}",
            "HOST": "db.internal",
        }}
    }}
    EMAIL_HOST = "smtp.sendgrid.net"
    EMAIL_HOST_USER = "apikey"
    # expect: secret
    EMAIL_HOST_PASSWORD = "{sendgrid()}"
    AUTH_PASSWORD_VALIDATORS = [{{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}}]
    PASSWORD_RESET_TIMEOUT = 259200
    SESSION_COOKIE_NAME = "shop_session"
    AWS_STORAGE_BUCKET_NAME = "shop-media"
    CSRF_COOKIE_NAME = "csrftoken"
    """)

put("shop/settings_prod.py", """
    import os

    from .settings import *  # noqa

    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]
    EMAIL_HOST_PASSWORD = os.getenv("SENDGRID_API_KEY", "")
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    """)

put("shop/integrations.py", f"""
    import anthropic
    import hvac
    import openai
    import requests
    from github import Auth, Github
    from huggingface_hub import HfApi
    from twilio.rest import Client

    # expect: secret
    llm = openai.OpenAI(api_key="{openai_key()}")
    # expect: secret
    claude = anthropic.Anthropic(api_key="{anthropic_key()}")
    # expect: secret
    hub = HfApi(token="hf_{t(34, string.ascii_letters)}")
    # expect: secret
    gh_app = Github(auth=Auth.Token("{gh('ghs_')}"))
    # expect: secret
    gh_user = Github(auth=Auth.Token("{gh('gho_')}"))
    # expect: secret
    vault = hvac.Client(url="https://vault.acme.io:8200", token="{vault('hvs.')}")
    # expect: secret
    sms = Client("AC{t(32, HEX)}", "{t(32, HEX)}")

    GITHUB_APP_ID = 318224
    GITHUB_CLIENT_ID = "Iv1.{t(16, HEX)}"
    # expect: secret
    GITHUB_CLIENT_SECRET = "{t(40, HEX)}"
    SLACK_CHANNEL = "C{t(10, UP)}"
    PRICE_ID = "price_1{t(23)}"
    SHA256_OF_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    TOKEN_TYPE = "Bearer"


    def fetch_orders(session: requests.Session) -> list:
        # expect: secret
        headers = {{"Authorization": "Bearer {jwt({'sub': 'svc-orders', 'aud': 'orders', 'exp': 1893456000}, 'HS256')}"}}
        return session.get("https://orders.acme.io/v1/orders", headers=headers, timeout=10).json()


    def mailgun(message: dict) -> None:
        # expect: secret
        requests.post("https://api.mailgun.net/v3/mg.acme.io/messages", auth=("api", "{t(32, HEX)}-{t(8, HEX)}-{t(8, HEX)}"), data=message, timeout=10)


    def vault_batch() -> str:
        # expect: secret
        return "{vault('hvb.')}"
    """)

put("shop/db.py", f"""
    import getpass
    import os
    import secrets

    import psycopg
    import pymysql
    from sqlalchemy import create_engine

    # expect: secret
    engine = create_engine("postgresql+psycopg://reports:{t(22)}@reports-db:5432/reports")
    local_engine = create_engine("sqlite:///local.db")
    env_engine = create_engine(os.environ["DATABASE_URL"])


    def connect_mysql():
        # expect: secret
        return pymysql.connect(host="mysql.internal", user="etl", password="{pw(15)}", database="etl")


    def connect_pg(dsn: str | None = None):
        password = getpass.getpass("database password: ")
        return psycopg.connect(dsn or f"postgresql://etl:{{password}}@localhost/etl")


    def new_api_token() -> str:
        token = secrets.token_urlsafe(32)
        return token


    class Config:
        password: str = ""
        password_env = "ETL_PASSWORD"
        PASSWORD_FIELD = "password"
        api_key = None
        # expect: secret
        admin_password = "{pw(19)}"
    """)

put("shop/tests/test_login.py", """
    import pytest

    TEST_PASSWORD = "test-password"
    FAKE_TOKEN = "ghp_" + "a" * 36
    FAKE_SLACK = "xoxb-000000000000-0000000000000-aaaaaaaaaaaaaaaaaaaaaaaa"
    AWS_EXAMPLE = "AKIAIOSFODNN7EXAMPLE"


    @pytest.fixture
    def user(django_user_model):
        return django_user_model.objects.create_user(username="alice", password="secret")


    def test_login(client, user):
        assert client.login(username="alice", password="secret")
        response = client.post("/login/", {"username": "alice", "password": TEST_PASSWORD})
        assert response.status_code == 200


    def test_token_redacted(caplog):
        assert FAKE_TOKEN not in caplog.text
    """)

put("scripts/rotate_keys.py", f"""
    #!/usr/bin/env python3
    \"\"\"Rotate the CI deploy keys. Usage: rotate_keys.py --token $GITHUB_TOKEN\"\"\"
    import argparse
    import os

    import boto3

    # expect: secret
    DEFAULT_REFRESH_TOKEN = "{gh('ghr_')}"
    # expect: secret
    SESSION = boto3.Session(aws_access_key_id="{aws_id('ASIA')}", aws_secret_access_key="{aws_secret()}", aws_session_token="{t(356, B64)}")
    ROLE_ARN = "arn:aws:iam::{t(12, string.digits)}:role/ci-deployer"
    KMS_KEY_ID = "{uuid()}"


    def main() -> None:
        parser = argparse.ArgumentParser()
        parser.add_argument("--token", default=os.environ.get("GITHUB_TOKEN"))
        args = parser.parse_args()
        print(f"rotating with token ending {{args.token[-4:]}}")


    if __name__ == "__main__":
        main()
    """)

# --------------------------------------------------------------------------- notebook
nb_lines = [
    "import os\n",
    "import openai\n",
    f'openai.api_key = "{openai_key()}"\n',
    f'HF_TOKEN = "hf_{t(34, string.ascii_letters)}"\n',
    'os.environ["WANDB_API_KEY"] = os.environ.get("WANDB_KEY", "")\n',
    f'WANDB_API_KEY = "{t(40, HEX)}"\n',
]
notebook = {
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": nb_lines},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["df.head()\n"],
         "outputs": [{"output_type": "stream", "name": "stdout", "text": [f"run id {t(32, HEX)}\n", f"digest sha256:{t(64, HEX)}\n"]}]},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}
nb_text = json.dumps(notebook, indent=1) + "\n"
CORPUS["notebooks/churn.ipynb"] = (nb_text, [n for n, line in enumerate(nb_text.splitlines(), 1)
                                             if any(k in line for k in ("openai.api_key", "HF_TOKEN =", "WANDB_API_KEY = "))])

# --------------------------------------------------------------------------- javascript / typescript
put("web/server/config.js", f"""
    const Stripe = require('stripe');
    const mongoose = require('mongoose');
    const {{ WebClient }} = require('@slack/web-api');

    // expect: secret
    const stripe = Stripe('sk_live_{t(99)}');
    // expect: secret
    mongoose.connect('mongodb+srv://admin:{t(16)}@cluster0.{t(5, string.ascii_lowercase)}.mongodb.net/prod?retryWrites=true');
    // expect: secret
    const slack = new WebClient('{slack()}');
    // expect: secret
    const SHOPIFY_TOKEN = 'shpat_{t(32, HEX)}';
    const openaiKey = process.env.OPENAI_API_KEY;
    const port = process.env.PORT || 3000;

    module.exports = {{
      jwt: {{
        // expect: secret
        secret: '{t(48, B64)}',
        expiresIn: '1h',
        algorithm: 'HS256',
      }},
      mapbox: {{
        // expect: secret
        secretToken: 'sk.eyJ1IjoiYWNtZSIsImEiOiJ{t(20)}In0.{t(22, URL)}',
      }},
      session: {{ name: 'sid', secret: process.env.SESSION_SECRET }},
    }};
    """)

put("web/client/src/env.ts", f"""
    export const MAPBOX_PUBLIC_TOKEN = 'pk.eyJ1IjoiYWNtZSIsImEiOiJ{t(20)}In0.{t(22, URL)}';
    export const STRIPE_PUBLISHABLE_KEY = 'pk_live_{t(99)}';
    export const SENTRY_DSN = 'https://{t(32, HEX)}@o{t(6, string.digits)}.ingest.sentry.io/{t(7, string.digits)}';
    export const API_BASE = import.meta.env.VITE_API_BASE ?? 'https://api.acme.io';
    export const PASSWORD_PATTERN = /^(?=.*[A-Z])(?=.*\\d).{{12,}}$/;
    export const LOGO = 'data:image/png;base64,{t(120, B64)}==';
    export const BUILD_HASH = '{t(40, HEX)}';
    """)

put("web/server/ai.ts", f"""
    import Anthropic from '@anthropic-ai/sdk';
    import OpenAI from 'openai';

    // expect: secret
    const anthropic = new Anthropic({{ apiKey: '{anthropic_key()}' }});
    const openai = new OpenAI({{ apiKey: process.env.OPENAI_API_KEY }});
    // expect: secret
    const LINEAR_API_KEY = 'lin_api_{t(40)}';
    // expect: secret
    const NOTION_TOKEN = 'ntn_{t(11, string.digits)}{t(35)}';

    export async function ask(prompt: string) {{
      return anthropic.messages.create({{ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{{ role: 'user', content: prompt }}] }});
    }}
    """)

put("web/.npmrc", f"""
    registry=https://registry.npmjs.org/
    # expect: secret
    //registry.npmjs.org/:_authToken={npm()}
    //npm.pkg.github.com/:_authToken=${{GITHUB_TOKEN}}
    @acme:registry=https://npm.pkg.github.com
    always-auth=true
    """)

# --------------------------------------------------------------------------- go
put("svc/main.go", f"""
    package main

    import (
    \t"context"
    \t"database/sql"
    \t"fmt"
    \t"os"

    \t"github.com/aws/aws-sdk-go-v2/credentials"
    \t"github.com/google/go-github/v60/github"
    )

    // expect: secret
    const githubToken = "{gh_pat()}"

    type SMTPConfig struct {{
    \tHost     string
    \tUser     string
    \tPassword string
    }}

    var mailer = SMTPConfig{{
    \tHost: "smtp.mailgun.org",
    \tUser: "postmaster@mg.acme.io",
    \t// expect: secret
    \tPassword: "{pw(18)}",
    }}

    func main() {{
    \t// expect: secret
    \tcreds := credentials.NewStaticCredentialsProvider("{aws_id()}", "{aws_secret()}", "")
    \t_ = creds
    \t// expect: secret
    \tdb, err := sql.Open("postgres", "postgres://svc:{t(18)}@pg.internal:5432/svc?sslmode=require")
    \tif err != nil {{
    \t\tpanic(err)
    \t}}
    \tdefer db.Close()
    \tdsn := fmt.Sprintf("host=%s user=%s password=%s", os.Getenv("PGHOST"), os.Getenv("PGUSER"), os.Getenv("PGPASSWORD"))
    \t_ = dsn
    \tclient := github.NewClient(nil).WithAuthToken(os.Getenv("GITHUB_TOKEN"))
    \t_ = client
    \t// expect: secret
    \tinstallToken := "{gh('ghu_')}"
    \t_ = installToken
    \t_ = context.Background()
    }}
    """)

put("svc/telegram.go", f"""
    package main

    import "net/http"

    // expect: secret
    const botToken = "{t(10, string.digits)}:AA{t(33, URL)}"

    // expect: secret
    var discordToken = "{b64(t(18, string.digits)).rstrip('=')}.{t(6, URL)}.{t(38, URL)}"

    const webhookPath = "/telegram/webhook"
    const checksum = "sha256:{t(64, HEX)}"

    func handler(w http.ResponseWriter, r *http.Request) {{}}
    """)

# --------------------------------------------------------------------------- java / jvm
put("billing/src/main/resources/application.properties", f"""
    spring.application.name=billing
    spring.datasource.url=jdbc:postgresql://billing-db:5432/billing
    spring.datasource.username=billing
    # expect: secret
    spring.datasource.password={pw(16)}
    spring.mail.password=${{MAIL_PASSWORD}}
    # expect: secret
    app.jwt.secret={t(64, B64)}
    app.jwt.expiration-ms=3600000
    # expect: secret
    okta.oauth2.client-secret={t(40, URL)}
    okta.oauth2.client-id=0oa{t(17)}
    management.endpoints.web.exposure.include=health,info
    """)

put("billing/src/main/java/com/acme/billing/Clients.java", f"""
    package com.acme.billing;

    import com.amazonaws.auth.BasicAWSCredentials;
    import java.sql.Connection;
    import java.sql.DriverManager;

    public final class Clients {{
        // expect: secret
        private static final String DATADOG_API_KEY = "{t(32, HEX)}";
        private static final String DATADOG_SITE = "datadoghq.com";
        // expect: secret
        private static final String TWILIO_API_SECRET = "{t(32)}";
        private static final String PASSWORD_PROPERTY = "billing.db.password";

        static BasicAWSCredentials aws() {{
            // expect: secret
            return new BasicAWSCredentials("{aws_id()}", "{aws_secret()}");
        }}

        static Connection db() throws Exception {{
            // expect: secret
            return DriverManager.getConnection("jdbc:mysql://legacy-db:3306/billing", "billing", "{pw(14)}");
        }}

        static Connection fromEnv() throws Exception {{
            return DriverManager.getConnection(System.getenv("JDBC_URL"), System.getenv("JDBC_USER"), System.getenv("JDBC_PASSWORD"));
        }}
    }}
    """)

SETTINGS_XML = f"""
    <settings>
      <servers>
        <server>
          <id>acme-nexus</id>
          <username>deployer</username>
          <password>{pw(20)}</password>
        </server>
        <server>
          <id>central</id>
          <username>${{env.CENTRAL_USER}}</username>
          <password>${{env.CENTRAL_PASSWORD}}</password>
        </server>
      </servers>
    </settings>
    """
CORPUS["billing/settings.xml"] = (textwrap.dedent(SETTINGS_XML).lstrip("\n"), [6])

# --------------------------------------------------------------------------- azure / dotnet
put_json("dotnet/appsettings.Production.json", {
    "Logging": {"LogLevel": {"Default": "Information"}},
    "ConnectionStrings": {
        "Storage": f"DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey={t(86, B64)}==;EndpointSuffix=core.windows.net",
        "Sql": f"Server=tcp:acme.database.windows.net,1433;Database=shop;User ID=shop;Password={pw(18)};Encrypt=True;",
        "SqlLocal": "Server=(localdb)\\mssqllocaldb;Database=shop;Trusted_Connection=True;",
    },
    "AzureAd": {
        "Instance": "https://login.microsoftonline.com/",
        "TenantId": uuid(),
        "ClientId": uuid(),
        "ClientSecret": f"{t(3)}8Q~{t(31, URL + '.~')}",
    },
    "ServiceBus": {"Connection": f"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={t(43, B64)}="},
    "FeatureManagement": {"NewCheckout": True},
}, {"Storage", "Sql", "ClientSecret", "Connection"})

# --------------------------------------------------------------------------- gcp
put_json("gcp/ci-deployer.json", {
    "type": "service_account",
    "project_id": "acme-prod-318224",
    "private_key_id": t(40, HEX),
    "private_key": "\n".join(pem("PRIVATE KEY", 25)) + "\n",
    "client_email": "ci-deployer@acme-prod-318224.iam.gserviceaccount.com",
    "client_id": t(21, string.digits),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
}, {"private_key"})

put("gcp/firebase_admin.py", f"""
    import google.generativeai as genai
    from google_auth_oauthlib.flow import Flow

    # expect: secret
    genai.configure(api_key="AIza{t(35, URL)}")
    CLIENT_CONFIG = {{
        "web": {{
            "client_id": "{t(12, string.digits)}-{t(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com",
            # expect: secret
            "client_secret": "GOCSPX-{t(28, URL)}",
            "redirect_uris": ["https://acme.io/oauth/callback"],
        }}
    }}
    flow = Flow.from_client_config(CLIENT_CONFIG, scopes=["openid"])
    """)

# --------------------------------------------------------------------------- shell
put("ops/deploy.sh", f"""
    #!/usr/bin/env bash
    set -euo pipefail

    # expect: secret
    export VAULT_TOKEN=hvs.CAESI{t(90, URL)}
    export VAULT_ADDR=https://vault.acme.io:8200
    # expect: secret
    curl -fsS -u admin:{pw(16)} https://jenkins.acme.io/job/deploy/build
    # expect: secret
    mysql -h legacy-db -u root -p'{pw(14)}' billing < migrate.sql
    # expect: secret
    echo "{t(27, URL)}" | docker login -u acmebot --password-stdin && docker login -u acmebot -p dckr_pat_{t(27, URL)}
    read -rs -p "Password: " PASSWORD
    export PGPASSWORD="$PASSWORD"
    TOKEN=$(vault kv get -field=token secret/ci/github)
    curl -H "Authorization: Bearer ${{TOKEN}}" https://api.github.com/user
    # expect: secret
    export DIGITALOCEAN_ACCESS_TOKEN=dop_v1_{t(64, HEX)}
    # expect: secret
    export PULUMI_ACCESS_TOKEN=pul-{t(40, HEX)}
    echo "{t(64, HEX)}  release.tar.gz" | sha256sum -c -
    git clone https://github.com/acme/infra.git
    git clone https://${{GH_USER}}:${{GH_TOKEN}}@github.com/acme/private.git
    # expect: secret
    git clone https://acme-bot:{gh('ghp_')}@github.com/acme/private.git
    """)

put("ops/backup.sh", f"""
    #!/bin/sh
    # expect: secret
    export AWS_ACCESS_KEY_ID={aws_id()}
    # expect: secret
    export AWS_SECRET_ACCESS_KEY="{aws_secret()}"
    # expect: secret
    export RESTIC_PASSWORD='{pw(24)}'
    restic -r s3:s3.amazonaws.com/acme-backups backup /srv
    # expect: secret
    curl -s -X POST "https://api.telegram.org/bot{t(10, string.digits)}:AA{t(33, URL)}/sendMessage" -d chat_id=-100{t(10, string.digits)} -d text=done
    # expect: secret
    curl -s -H "Authorization: Bearer {atlassian()}" https://acme.atlassian.net/rest/api/3/myself
    # expect: secret
    curl -s -H "Api-Key: NRAK-{t(27, UP)}" https://api.newrelic.com/graphql
    """)

# --------------------------------------------------------------------------- toml / ini / misc config
put("config/app.toml", f"""
    [server]
    host = "0.0.0.0"
    port = 8080

    [database]
    user = "app"
    # expect: secret
    password = "{pw(18)}"
    password_file = "/run/secrets/db_password"

    [queue]
    # expect: secret
    url = "amqp://app:{t(20)}@rabbit.internal:5672/app"

    [sentry]
    # expect: secret
    dsn = "https://{t(32, HEX)}:{t(32, HEX)}@sentry.acme.io/12"

    [auth]
    token_ttl = 3600
    jwt_algorithm = "RS256"
    # expect: secret
    hmac_secret = "{t(44, B64)}"
    """)

put("config/legacy.ini", f"""
    [mail]
    smtp_host = smtp.office365.com
    smtp_user = alerts@acme.io
    ; expect: secret
    smtp_password = {pw(15)}

    [ldap]
    bind_dn = cn=svc,dc=acme,dc=io
    ; expect: secret
    bind_password = {pw(20)}

    [cache]
    key_prefix = app
    secret_backend = vault
    """)

put("config/pypirc", f"""
    [distutils]
    index-servers = pypi internal

    [pypi]
    username = __token__
    # expect: secret
    password = {pypi()}

    [internal]
    repository = https://pypi.acme.io/
    username = deployer
    password = %(PYPI_INTERNAL_PASSWORD)s
    """)

put("config/rclone.conf", f"""
    [b2]
    type = b2
    account = {t(25, HEX)}
    # expect: secret
    key = K00{t(28)}
    """)

put("config/age.txt", f"""
    # created: 2026-11-20T10:00:00Z
    # public key: age1{t(58, string.ascii_lowercase + string.digits)}
    # expect: secret
    AGE-SECRET-KEY-1{t(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L')}
    """)

put("config/ruby.rb", f"""
    Rails.application.configure do
      config.active_storage.service = :amazon
      # expect: secret
      config.x.shippo_token = 'shippo_live_{t(40, HEX)}'
      config.x.braintree_env = :production
      # expect: secret
      Braintree::Configuration.private_key = '{t(32, HEX)}'
      config.x.mailer_password = ENV.fetch('MAILER_PASSWORD')
    end
    """)

put("config/wp-config.php", f"""
    <?php
    define('DB_NAME', 'wordpress');
    define('DB_USER', 'wp');
    // expect: secret
    define('DB_PASSWORD', '{pw(18)}');
    define('DB_HOST', 'localhost');
    // expect: secret
    define('AUTH_KEY', '{t(64, B62 + "!@#$%^&*()-_[]{{}}<>~+=,.;:/?|")}');
    define('WP_DEBUG', false);
    $table_prefix = 'wp_';
    """)

put("config/netrc", f"""
    machine api.heroku.com
      login ops@acme.io
      # expect: secret
      password HRKU-AA{t(58, URL)}
    machine github.com
      login acme-bot
      # expect: secret
      password {gh('ghp_')}
    """)

# --------------------------------------------------------------------------- keys
for path, kind in (("keys/deploy_ed25519", "OPENSSH PRIVATE KEY"), ("keys/server.key", "RSA PRIVATE KEY"),
                   ("keys/signing.asc", "PGP PRIVATE KEY BLOCK")):
    CORPUS[path] = ("\n".join(pem(kind, 8)) + "\n", [1])

CORPUS["keys/server.crt"] = ("\n".join(pem("CERTIFICATE", 10)) + "\n", [])
CORPUS["keys/deploy_ed25519.pub"] = (f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{t(43, B64)} deploy@acme\n", [])
CORPUS["keys/id_rsa.pub"] = (f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{t(540, B64)} ops@laptop\n", [])
CORPUS["keys/ci.ppk"] = ("\n".join([
    "PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: ci@acme",
    "Public-Lines: 2", t(64, B64), t(4, B64) + "=",
    "Private-Lines: 1", t(44, B64), f"Private-MAC: {t(64, HEX)}"]) + "\n", [1])

put("keys/embedded_key.py", "\n".join([
    "import jwt", "",
    "# expect: secret",
    'SIGNING_KEY = """' + pem("EC PRIVATE KEY", 3)[0],
    *pem("EC PRIVATE KEY", 3)[1:], '"""', "",
    'PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----',
    *[t(64, B64) for _ in range(3)], '-----END PUBLIC KEY-----"""', "",
    "def sign(claims: dict) -> str:",
    '    return jwt.encode(claims, SIGNING_KEY, algorithm="ES256")', ""]))

# --------------------------------------------------------------------------- lockfiles and hashes (negatives only)
put("web/package-lock.json", json.dumps({
    "name": "web", "lockfileVersion": 3, "packages": {
        "node_modules/stripe": {"version": "14.10.0", "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.10.0.tgz",
                                "integrity": "sha512-" + t(86, B64) + "=="},
        "node_modules/openai": {"version": "4.24.0", "resolved": "https://registry.npmjs.org/openai/-/openai-4.24.0.tgz",
                                "integrity": "sha512-" + t(86, B64) + "=="}}}, indent=2) + "\n")
put("svc/go.sum", "\n".join(f"github.com/acme/mod{i} v1.{i}.0 h1:{t(43, B64)}=" for i in range(4)) + "\n")
put("service/requirements.txt", "\n".join(f"pkg{i}==1.{i} --hash=sha256:{t(64, HEX)}" for i in range(4)) + "\n")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for rel, content in CORPUS.items():
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, tuple):
            text, lines = content
            path.write_text(text)
            if lines:
                path.with_name(path.name + ".expect").write_text("".join(f"{n}\n" for n in lines))
        else:
            path.write_text(content)


if __name__ == "__main__":
    main()
