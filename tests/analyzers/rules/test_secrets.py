"""Secret scanner: what it finds, what it must leave alone, redaction, robustness.

Key-shaped strings are assembled by concatenation so that secret scanners run on
this repository do not flag the test file itself.
"""

from __future__ import annotations

import base64
import itertools
import time

import pytest

from postil.analyzers.rules.secrets import (
    SECRET_RULES,
    SecretMatch,
    scan_secrets,
)
from postil.gate.redact import redact

# Random-looking bodies (none of these are real credentials).
R36 = "aB3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6"
R40 = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzhA4Bq7xKu"
HEX32 = "9f3b7c1e5a2d8f4b6c0e9a7d3f1b5c8e"

AWS_ID = "AKIA" + "Q3EGRALP6WAWT2XH"
GITHUB = "ghp_" + R36
GITHUB_PAT = (
    "github_"
    + "pat_"
    + "11ABCDE2F0aB3dE6gH9jK2_"
    + "mN5pQ8sT1vW4yZ7bC0eF3hJ6kL9nP2rS5uV8xY1aD4gJ7mQ0tW3zC6fI9lO"
)
GITLAB = "glpat-" + "x7Kp2Rq9Zm4Tv8Wn3Ys6"
SLACK_BOT = "xoxb-" + "2048193745-2761934058213-" + "Hk7qP2zR9mT4vX8wN3yB6cLd"
SLACK_HOOK = (
    "https://hooks.slack.com/services/"
    + "T04HB2K7P/B05QX8M2N1L/"
    + "q8Zr2Kp7Lm4Nx9Tv3Wy6Bs1D"
)
STRIPE_LIVE = "sk_" + "live_" + "51Hq8ZkLp2Rt9Wv4Xy7Bn3Md6Fs0Gj"
STRIPE_TEST = "sk_" + "test_" + "51Hq8ZkLp2Rt9Wv4Xy7Bn3Md6Fs0Gj"
OPENAI_PROJ = (
    "sk-" + "proj-" + "Zq8Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5Hc1Ny8Kx2Qa7Ue4Io9Pb3Tv6Wm1Rz5"
)
OPENAI_LEGACY = (
    "sk-" + "Zq8Lk2Rp9Wt4Xv7Bn3Md" + "T3Blbk" + "FJ" + "Fs0Gj5Hc1Ny8Kx2Qa7Ue"
)
ANTHROPIC = (
    "sk-"
    + "ant-api03-"
    + "Zq8Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5Hc1Ny8Kx2Qa7Ue4Io9Pb3Tv6Wm1Rz5_-Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5Hc1NAA"
)
TWILIO_SK = "SK" + HEX32
SENDGRID = (
    "SG."
    + "Zq8Lk2Rp9Wt4Xv7Bn3Md6F"
    + "."
    + "s0Gj5Hc1Ny8Kx2Qa7Ue4Io9Pb3Tv6Wm1Rz5Lk2Rp9Wx"
)
NPM = "npm_" + R36
PYPI = (
    "pypi-"
    + "AgEIcHlwaS5vcmc"
    + "CJGI4ZDQ2ZWU5LTJkMTQtNGY3Zi05ZDk4LTFhYzdlYzk1ODU2OQACKlszLCI0"
)
HF = "hf_" + "ZqLkRpWtXvBnMdFsGjHcNyKxQaUeIoPbTv"
GOOGLE_API = "AIza" + "SyD8kL2pQ9rT4vX7wN3yB6cM1fG5hJ0sZ_e"
GOCSPX = "GOCSPX-" + "Zq8Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5H"
SHOPIFY = "shpat_" + HEX32
MAILGUN = "key-" + HEX32
TELEGRAM_TAIL = "AA" + "Hk7qP2zR9mT4vX8wN3yB6cLdZq8Lk2Rp9"
DISCORD = (
    "MTA4" + "NjY0NzI5ODc2MDQ1MzEy" + ".GkL2pQ" + ".Zq8Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5Hc1Ny8K"
)
AZURE_KEY = (
    "Zq8Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5Hc1Ny8Kx2Qa7Ue4Io9Pb3Tv6Wm1Rz5Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5Hc1Ny"
    + "=="
)
PEM_BODY = "\n".join(
    ["MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun"] * 6
)
RSA_KEY = (
    "-----BEGIN RSA "
    + "PRIVATE KEY-----\n"
    + PEM_BODY
    + "\n-----END RSA PRIVATE KEY-----"
)
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxOTAwMDAwMDAwfQ"
    ".Hk7qP2zR9mT4vX8wN3yB6cLdZq8Lk2Rp9Wt4Xv7Bn3M"
)

STRIPE_WHSEC = "whsec_" + "Zq8Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5Hc1Ny"
SAS_SIG = "Zq8Lk2Rp9Wt4Xv7Bn3Md6Fs0Gj5Hc1Ny8Kx2Qa7Ue4I" + "%3D"


def found(text: str) -> list[tuple[str, str]]:
    return [(m.rule, text[m.start : m.end]) for m in scan_secrets(text)]


# --------------------------------------------------------------------------- positives

KNOWN = [
    ("secrets/aws-access-key-id", 'aws_access_key_id = "{}"', AWS_ID),
    (
        "secrets/aws-access-key-id",
        "export AWS_ACCESS_KEY_ID={}",
        "ASIA" + "Y34FZKBOKMUTVV7A",
    ),
    ("secrets/github-token", 'token: "{}"', GITHUB),
    ("secrets/github-token", "GH={}", "gho_" + R36),
    ("secrets/github-token", "pat = '{}'", GITHUB_PAT),
    ("secrets/gitlab-token", "GITLAB_TOKEN={}", GITLAB),
    ("secrets/slack-token", 'client = WebClient(token="{}")', SLACK_BOT),
    ("secrets/slack-webhook-url", 'url = "{}"', SLACK_HOOK[8:]),
    ("secrets/stripe-secret-key", 'stripe.api_key = "{}"', STRIPE_LIVE),
    ("secrets/stripe-test-secret-key", 'stripe.api_key = "{}"', STRIPE_TEST),
    ("secrets/openai-api-key", "OPENAI_API_KEY={}", OPENAI_PROJ),
    ("secrets/openai-api-key", 'openai.api_key = "{}"', OPENAI_LEGACY),
    ("secrets/anthropic-api-key", 'Anthropic(api_key="{}")', ANTHROPIC),
    ("secrets/twilio-api-key", "TWILIO_API_KEY={}", TWILIO_SK),
    ("secrets/sendgrid-api-key", "sg = SendGridAPIClient('{}')", SENDGRID),
    ("secrets/npm-token", "//registry.npmjs.org/:_authToken={}", NPM),
    ("secrets/pypi-token", "password = {}", PYPI),
    ("secrets/huggingface-token", "login(token='{}')", HF),
    ("secrets/gcp-api-key", "const key = '{}';", GOOGLE_API),
    ("secrets/google-oauth-client-secret", '"client_secret": "{}"', GOCSPX),
    ("secrets/shopify-token", "SHOPIFY_TOKEN={}", SHOPIFY),
    ("secrets/mailgun-api-key", "MAILGUN_API_KEY={}", MAILGUN),
    ("secrets/telegram-bot-token", 'bot = Bot("123456789:{}")', TELEGRAM_TAIL),
    ("secrets/discord-bot-token", "discord_client.run('{}')", DISCORD),
    ("secrets/jwt", 'Authorization: "Bearer {}"', JWT),
    (
        "secrets/azure-storage-account-key",
        '"DefaultEndpointsProtocol=https;AccountName=prodstore;AccountKey={};EndpointSuffix=core.windows.net"',
        AZURE_KEY,
    ),
    ("secrets/stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET={}", STRIPE_WHSEC),
    (
        "secrets/azure-sas-token",
        '"SasUrl": "https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&sp=rl&se=2027-01-01&sig={}"',
        SAS_SIG,
    ),
]


@pytest.mark.parametrize(
    ("rule", "template", "secret"),
    KNOWN,
    ids=[f"{r}-{i}" for i, (r, _t, _s) in enumerate(KNOWN)],
)
def test_known_formats_are_found_with_exact_offsets(
    rule: str, template: str, secret: str
) -> None:
    text = "# config\n" + template.format(secret) + "\n"
    matches = scan_secrets(text)
    assert [(m.rule, text[m.start : m.end]) for m in matches] == [(rule, secret)]


GENERIC = [
    # (rule, text, expected value)
    ("secrets/hardcoded-password", 'password = "Xk9#mQ2vLp"', "Xk9#mQ2vLp"),
    ("secrets/hardcoded-password", "DB_PASSWORD=Xk9mQ2vLpz\n", "Xk9mQ2vLpz"),
    ("secrets/hardcoded-password", 'export PGPASSWORD="Xk9mQ2vLpz"', "Xk9mQ2vLpz"),
    ("secrets/hardcoded-password", "database:\n  password: Xk9mQ2vLpz\n", "Xk9mQ2vLpz"),
    (
        "secrets/hardcoded-password",
        '{"user": "app", "password": "r7$Kp2!qLm9"}',
        "r7$Kp2!qLm9",
    ),
    ("secrets/hardcoded-password", "[db]\npassword = r7Kp2qLm9x\n", "r7Kp2qLm9x"),
    # built around the word itself, with more than filler beside it
    ("secrets/hardcoded-password", 'password = "pgPassw0rd!"', "pgPassw0rd!"),
    ("secrets/generic-secret", 'DB_SECRET = "mySecretValue9"', "mySecretValue9"),
    (
        "secrets/hardcoded-password",
        'conn = psycopg2.connect(host="db", password="r7Kp2qLm9x")',
        "r7Kp2qLm9x",
    ),
    (
        "secrets/hardcoded-password",
        'def connect(user="app", passwd="r7Kp2qLm9x"):',
        "r7Kp2qLm9x",
    ),
    (
        "secrets/hardcoded-password",
        'cfg := Config{Password: "r7Kp2qLm9x"}',
        "r7Kp2qLm9x",
    ),
    (
        "secrets/hardcoded-password",
        "const opts = { password: 'r7Kp2qLm9x' };",
        "r7Kp2qLm9x",
    ),
    ("secrets/hardcoded-password", "$db_pass = 'r7Kp2qLm9x';", "r7Kp2qLm9x"),
    ("secrets/hardcoded-password", "'password' => 'r7Kp2qLm9x',", "r7Kp2qLm9x"),
    ("secrets/hardcoded-password", 'password: str = "r7Kp2qLm9x"', "r7Kp2qLm9x"),
    ("secrets/hardcoded-password", "ENV MYSQL_ROOT_PASSWORD=r7Kp2qLm9x", "r7Kp2qLm9x"),
    (
        "secrets/hardcoded-password",
        'Server=db;User Id=sa;Password=Qz7!rT9wLp;"',
        "Qz7!rT9wLp",
    ),
    ("secrets/hardcoded-password", "<password>Qz7rT9wLp1</password>", "Qz7rT9wLp1"),
    (
        "secrets/hardcoded-password",
        "spring.datasource.password=Qz7rT9wLp1",
        "Qz7rT9wLp1",
    ),
    ("secrets/hardcoded-password", 'settings["password"] = "Qz7rT9wLp1"', "Qz7rT9wLp1"),
    ("secrets/hardcoded-password", "ADMIN_PASSWORD='Summer2024!'", "Summer2024!"),
    (
        "secrets/hardcoded-password",
        "data:\n  password: " + "UXo3clQ5d0xwMQ==",
        "UXo3clQ5d0xwMQ==",
    ),
    (
        "secrets/generic-secret",
        'SECRET_KEY = "django-insecure-7h$k2!pq9zr8m3x0v5w1"',
        "django-insecure-7h$k2!pq9zr8m3x0v5w1",
    ),
    ("secrets/generic-secret", "API_KEY=a8F3kLq9Zx2Vb7Nm4Pq1", "a8F3kLq9Zx2Vb7Nm4Pq1"),
    (
        "secrets/generic-secret",
        '"apiKey": "a8F3kLq9Zx2Vb7Nm4Pq1"',
        "a8F3kLq9Zx2Vb7Nm4Pq1",
    ),
    (
        "secrets/generic-secret",
        "client_secret: 4f7c2a9e1b8d3f6a0c5e",
        "4f7c2a9e1b8d3f6a0c5e",
    ),
    (
        "secrets/generic-secret",
        'headers = {"Authorization": "Bearer a8F3kLq9Zx2Vb7Nm4Pq1Rt6"}',
        "a8F3kLq9Zx2Vb7Nm4Pq1Rt6",
    ),
    (
        "secrets/generic-secret",
        "access_token = 'a8F3kLq9Zx2Vb7Nm4Pq1'",
        "a8F3kLq9Zx2Vb7Nm4Pq1",
    ),
    (
        "secrets/generic-secret",
        'headers["Authorization"] = "Basic ' + "ZGVwbG95OlF6N3JUOXdMcDF4" + '"',
        "ZGVwbG95OlF6N3JUOXdMcDF4",
    ),
    ("secrets/aws-secret-access-key", "aws_secret_access_key = " + R40, R40),
    ("secrets/aws-secret-access-key", '"SecretAccessKey": "' + R40 + '"', R40),
    ("secrets/twilio-auth-token", "TWILIO_AUTH_TOKEN=" + HEX32, HEX32),
]


@pytest.mark.parametrize(
    ("rule", "text", "value"), GENERIC, ids=[t for _r, t, _v in GENERIC]
)
def test_literal_assignments_in_any_syntax(rule: str, text: str, value: str) -> None:
    assert found(text) == [(rule, value)]


def test_private_key_block_is_covered_whole() -> None:
    text = "key = '''\n" + RSA_KEY + "\n'''\n"
    matches = scan_secrets(text)
    assert [(m.rule, text[m.start : m.end]) for m in matches] == [
        ("secrets/private-key", RSA_KEY)
    ]


@pytest.mark.parametrize("kind", ["", "EC ", "OPENSSH ", "ENCRYPTED ", "DSA "])
def test_private_key_kinds(kind: str) -> None:
    block = (
        f"-----BEGIN {kind}PRIVATE"
        + f" KEY-----\n{PEM_BODY}\n-----END {kind}PRIVATE KEY-----"
    )
    assert found(block) == [("secrets/private-key", block)]


def test_pgp_private_key_block() -> None:
    block = (
        "-----BEGIN PGP PRIVATE"
        + " KEY BLOCK-----\nVersion: GnuPG v2\n\n"
        + PEM_BODY
        + "\n-----END PGP PRIVATE KEY BLOCK-----"
    )
    assert found(block) == [("secrets/private-key", block)]


def test_gcp_service_account_json() -> None:
    escaped = RSA_KEY.replace("RSA ", "").replace("\n", "\\n")
    text = (
        '{\n  "type": "service_account",\n  "project_id": "acme-prod",\n'
        f'  "private_key": "{escaped}\\n",\n  "client_email": "ci@acme-prod.iam.gserviceaccount.com"\n}}'
    )
    assert found(text) == [("secrets/gcp-service-account-key", escaped)]


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("DATABASE_URL=postgres://app:Xk9mQ2vLpz@db.internal:5432/app", "Xk9mQ2vLpz"),
        (
            'redis.from_url("redis://:Xk9mQ2vLpz@cache.prod.acme.io:6379/0")',
            "Xk9mQ2vLpz",
        ),
        ("amqp://svc-billing:r7%40Kp2qLm9@mq.acme.io//", "r7%40Kp2qLm9"),
        (
            "git clone https://deploy:Qz7rT9wLp1x@git.acme.io/team/repo.git",
            "Qz7rT9wLp1x",
        ),
    ],
)
def test_credentials_in_urls(text: str, password: str) -> None:
    assert found(text) == [("secrets/url-credentials", password)]


# Secrets as real config files carry them: command lines, SQL, Dockerfiles, compose files,
# Kubernetes manifests, INI files, URLs whose password has a '#'.
B64_PW = "UXo3IXJUOXdMcDF4"  # base64 of a generated-looking password
CONFIG_CLASSES = [
    (
        'curl -fsS -u "deploy:Qz7!rT9wLp1x" -X POST https://ci.acme.io/job/x',
        "Qz7!rT9wLp1x",
    ),
    ("curl --user admin:Qz7rT9wLp1x https://ci.acme.io/api", "Qz7rT9wLp1x"),
    ("mysqldump -h db -u app -pQz7rT9wLp1x orders > dump.sql", "Qz7rT9wLp1x"),
    ("mysql -u root -p'Qz7!rT9wLp' -e 'select 1'", "Qz7!rT9wLp"),
    ("sshpass -p 'Qz7!rT9wLp' ssh deploy@10.0.0.5", "Qz7!rT9wLp"),
    ("redis-cli -h cache -a Qz7rT9wLp1x ping", "Qz7rT9wLp1x"),
    ("docker login -u ci -p Qz7rT9wLp1x registry.acme.io", "Qz7rT9wLp1x"),
    ("vault-agent --db-password Qz7rT9wLp1x --port 80", "Qz7rT9wLp1x"),
    (
        '    command: ["redis-server", "--requirepass", "p4ssW0rd_redis_77"]',
        "p4ssW0rd_redis_77",
    ),
    ("ALTER USER 'app'@'%' IDENTIFIED BY 'Qz7!rT9wLp';", "Qz7!rT9wLp"),
    ("CREATE USER billing WITH ENCRYPTED PASSWORD 'Qz7!rT9wLp';", "Qz7!rT9wLp"),
    ("CREATE LOGIN app WITH PASSWORD = 'Qz7!rT9wLp1';", "Qz7!rT9wLp1"),
    ("ENV DB_PASSWORD Qz7rT9wLp1x", "Qz7rT9wLp1x"),
    (
        "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: h7Jd_93kLpq0Wz\n",
        "h7Jd_93kLpq0Wz",
    ),
    (
        "[internal]\nusername = release-bot\npassword = S3cr3t-Pr0d-2024!\n",
        "S3cr3t-Pr0d-2024!",
    ),
    ('  DATABASE_PASSWORD: "Secret-Prod-2024!"', "Secret-Prod-2024!"),
    ('env:\n  - name: DB_PASSWORD\n    value: "Qz7!rT9wLp"\n', "Qz7!rT9wLp"),
    (
        '[{"name": "API_TOKEN", "value": "a8F3kLq9Zx2Vb7Nm4Pq1"}]',
        "a8F3kLq9Zx2Vb7Nm4Pq1",
    ),
    (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: b3JkZXJz\n"
        "  password: " + B64_PW + "\n",
        B64_PW,
    ),
    ('cfg := Config{User: "app", Password: "K9!vbn3Qe7Yt"}', "K9!vbn3Qe7Yt"),
    (
        '"Default": "Server=tcp:sql.acme.io,1433;User ID=app;Password=Zr4$Ptq9Lk2x;"',
        "Zr4$Ptq9Lk2x",
    ),
    (
        'legacy := "postgres://billing:Orchard#Lamp72x@10.20.0.15:5432/billing"',
        "Orchard#Lamp72x",
    ),
    # a generated password survives a host swapped for a documentation domain
    (
        "DATABASE_URL=postgres://orders:Vx9#kq2!Lm4tR7pz@db.internal.example.com/orders",
        "Vx9#kq2!Lm4tR7pz",
    ),
]


@pytest.mark.parametrize(
    ("text", "value"), CONFIG_CLASSES, ids=[t for t, _v in CONFIG_CLASSES]
)
def test_secrets_in_config_file_classes(text: str, value: str) -> None:
    assert [v for _r, v in found(text)] == [value]


def test_kubernetes_secret_data_is_judged_decoded() -> None:
    pem = (
        "-----BEGIN RSA "
        + "PRIVATE KEY-----\n"
        + PEM_BODY
        + "\n-----END RSA PRIVATE KEY-----\n"
    )
    tls_key = base64.b64encode(pem.encode()).decode()
    token = base64.b64encode(GITHUB.encode()).decode()
    text = (
        "apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n"
        f"  tls.key: {tls_key}\n  GH: {token}\n"
        "  username: " + base64.b64encode(b"orders").decode() + "\n"
        "  password: " + base64.b64encode(b"orders").decode() + "\n"
        "  api_key: " + base64.b64encode(b"changeme").decode() + "\n"
    )
    assert found(text) == [
        ("secrets/private-key", tls_key),
        ("secrets/github-token", token),
    ]


NEGATIVES = [
    # config-file look-alikes: prompts, variables, files, references, empty values
    "mysql -u root -p orders < dump.sql",
    "mysql -u root -p$MYSQL_ROOT_PASSWORD orders",
    'curl -u "$CI_USER:$CI_PASSWORD" https://ci.acme.io/api',
    "curl -u admin https://ci.acme.io/api",
    "curl -u admin: https://ci.acme.io/api",
    'sshpass -p "$(cat /run/secrets/ssh_pw)" ssh deploy@host',
    'echo "$DOCKER_PASSWORD" | docker login registry.acme.io -u ci --password-stdin',
    'twine upload --username __token__ --password "$PYPI_TOKEN" dist/*',
    'command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]',
    'parser.add_argument("--password", "-p", help="database password")',
    'parser.add_argument("--token", type=str, default=None)',
    "psql --password --host db",
    "app --password=changeme",
    "CREATE USER app IDENTIFIED BY PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9';",
    "ALTER USER app WITH PASSWORD '${APP_DB_PASSWORD}';",
    "ENV DB_PASSWORD_FILE /run/secrets/db_password",
    "ENV DB_PASSWORD $DB_PASSWORD",
    'ENV OPENAI_API_KEY=""',
    "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}",
    "      POSTGRES_PASSWORD: db_password_var",
    "      POSTGRES_PASSWORD:",
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n",
    'env:\n  - name: PASSWORD_POLICY\n    value: "min=12,upper,digit"\n',
    'env:\n  - name: DB_PASSWORD\n    value: ""\n',
    '[{"name": "API_TOKEN", "value": "<your-token>"}]',
    'password = "MySecretPassword1"',
    'password = "SuperSecret2024!"',
    'password = "Secret123!"',
    'password = "MyPassw0rd!"',
    'app_secret = "Secret2024"',
    'client_secret = "mySecretValue"',
    'password = "<secret>"',
    'password = "${PASSWORD}"',
    # ARNs and SIDs: identifiers, not credentials
    'secrets_manager_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/db-AbCdEf"',
    'TWILIO_API_KEY_SID = "SK' + HEX32 + '"',
    # documentation hosts with documentation passwords; SAS without a signed version
    "postgres://orders:Xk9mQ2vLpz@db.example.com/orders",
    "https://acct.blob.core.windows.net/c?sig=" + SAS_SIG,
    "STRIPE_WEBHOOK_SECRET=whsec_" + "x" * 32,
    # placeholders
    'password = "changeme"',
    'password = "change_me"',
    'password = "password"',
    'PASSWORD="<your-password>"',
    "API_KEY=your-api-key",
    "API_KEY=your_api_key_here",
    'api_key = "${API_KEY}"',
    "password: {{ db_password }}",
    'password: "{{ .Values.password }}"',
    "password = %(db_password)s",
    'password = "%s"',
    "password=$DB_PASSWORD",
    "PASSWORD=${DB_PASSWORD:-}",
    'token = "xxxxxxxxxxxxxxxxxxxx"',
    'password = "********"',
    'api_key = "..."',
    'secret = "example-secret-value"',
    'password = "sample123"',
    'password = "dummy-pass-1"',
    'api_key = "fake_key_12345"',
    # a documentation token ending in a keyboard run
    '"access_token": "AQXNnd2hIT6z9bHFzZz2Kp1ghiMz_RtyuvwXYZ123abc"',
    'password = "test1234"',
    'token = "TODO"',
    "password = None",
    "password: null",
    'password = ""',
    "password=",
    'secret = "[REDACTED]"',
    'password = "P@ssw0rd"',
    'password = "hunter2"',
    'password = "tiger"',
    'password = "Sunshine"',
    "data:\n  password: cGFzc3dvcmQxMjM=",
    'token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"',
    'AUTH = "Basic dXNlcjpwYXNzd29yZA=="',
    'secret = "V1ServiceAccountTokenProjection"',
    'refresh_token = "oauth_refresh_token_name"',
    'access_token = "sdf0o9823sjdfsdf"',
    '"access_token": "2YotnFZFEjr1zCsicMWpAA"',
    'publicKeyToken="1fc8b3b9a1e18e3b"',
    '"basic_auth": ".asyncio.server"',
    "# cached token: `get_token()` may refresh it",
    'password = "12345678"',
    "password: '123456'",
    'password = "abc"',
    "token = 'abcdefghijklmnop'",
    # environment and config lookups, expressions
    'password = os.environ["DB_PASSWORD"]',
    'password = os.getenv("DB_PASSWORD", "")',
    "const password = process.env.DB_PASSWORD;",
    "password = ENV['DB_PASSWORD']",
    'password = config.get("db", "password")',
    "password = settings.DB_PASSWORD",
    "password = get_password()",
    "password = self.password",
    "password: req.body.password,",
    "Password: cfg.Password,",
    "password = password_input.strip()",
    "password = user_password",
    "PASSWORD = secrets.token_urlsafe(32)",
    'token = request.headers["X-Api-Token"]',
    "token = f'{prefix}-{suffix}'",
    'secret = f"{base}{suffix}"',
    "api_key: ${{ secrets.API_KEY }}",
    "password: !vault |",
    "password: *default_password",
    "password: ENC[AES256_GCM,data:Tr7o=,iv:1=,tag:2=,type:str]",
    "password: op://prod/db/password",
    # type annotations, signatures, comparisons
    "password: str",
    "password: Optional[str] = None",
    "def login(self, username: str, password: str) -> bool:",
    "    password: SecretStr",
    'if password == "Xk9mQ2vLpz":',
    'assert token != "a8F3kLq9Zx2Vb7Nm4Pq1"',
    "if (password === confirmPassword) {",
    # labels, field names, i18n, prose
    '"password": "Password"',
    '"password": "Mot de passe"',
    '"password": "Passwort"',
    '"forgot_password": "Forgot your password?"',
    '<input type="password" name="password" placeholder="Password">',
    'PASSWORD_FIELD = "password"',
    'TOKEN_TYPE = "bearer"',
    'token_type = "refresh_token"',
    'AUTH_HEADER = "X-Auth-Token"',
    "PASSWORD_MIN_LENGTH = 12",
    'password_reset_url = "/accounts/password/reset/"',
    "max_tokens = 4096",
    ":param password: The password of the user.",
    "# the token is read from the keyring",
    'TOKEN_RE = re.compile(r"token=(\\w+)")',
    # hashes and ciphertexts are safe to store
    'password_hash = "$2b$12$KIXQJcZ8H9lH3w1rY5pQeO0GkL2pQ9rT4vX7wN3yB6cM1fG5hJ0sZ"',
    'password = "pbkdf2_sha256$260000$Qz7rT9wLp1$Hk7qP2zR9mT4vX8wN3yB6cLd="',
    'password = "{SSHA}Hk7qP2zR9mT4vX8wN3yB6cLd"',
    # paths and references
    'private_key = "/etc/ssl/private/server.key"',
    "api_key_file: ~/.config/acme/key.json",
    'secret = "projects/acme/secrets/db/versions/latest"',
    # known-format look-alikes and published examples
    'aws_access_key_id = "AKIA' + 'IOSFODNN7EXAMPLE"',
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
    "AKIA" + "XXXXXXXXXXXXXXXX",
    "ghp_" + "x" * 36,
    "https://hooks.slack.com/services/" + "T00000000/B00000000/" + "X" * 24,
    'OPENAI_API_KEY="sk-' + '..."',
    "sk-" + "proj-" + "your-key-here",
    "xoxb-your-token",
    "npm_config_registry=https://registry.npmjs.org/",
    "hf_hub_download(repo_id='x')",
    "a_SKfunc = 1",
    # the jwt.io sample token
    (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
        ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    ),
    # private key mentions without a key
    'PEM_HEADER = "-----BEGIN RSA ' + 'PRIVATE KEY-----"',
    "-----BEGIN PRIVATE"
    + " KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----",
    # URLs without real credentials
    "postgresql://scott:tiger@localhost/test",
    "postgres://postgres:postgres@localhost:5432/postgres",
    "https://user:password@example.com/path",
    "https://admin:Xk9mQ2vLpz@example.com/",
    "mysql://${DB_USER}:${DB_PASS}@${DB_HOST}/app",
    "redis://:{password}@localhost:6379",
    "amqp://guest:guest@rabbit:5672/",
    'url = f"postgres://{user}:{pw}@{host}/db"',
    "mysql+pymysql://some_user:some_pass@some_host/test",
    "http://user:<password>@proxy:3128",
    "https://git@github.com/org/repo.git",
    "http://[::1]:8080/x",
    'dsn = "postgres://app:%s@db/app" % pw',
    # the mask itself is not a secret (redaction is idempotent)
    'token = "\u00abredacted:secrets/github-token:ghp_\u2026\u00bb"',
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_secret(text: str) -> None:
    assert found(text) == []


def test_stripe_publishable_keys_are_public() -> None:
    assert found('Stripe("pk_' + 'live_51Hq8ZkLp2Rt9Wv4Xy7Bn3Md6Fs0Gj")') == []


# --------------------------------------------------------------------------- overlaps and ordering


def test_most_specific_detector_wins_and_results_are_sorted() -> None:
    text = (
        f"GITHUB_TOKEN={GITHUB}\npassword = 'r7Kp2qLm9x'\naws_access_key_id={AWS_ID}\n"
    )
    matches = scan_secrets(text)
    assert [m.rule for m in matches] == [
        "secrets/github-token",
        "secrets/hardcoded-password",
        "secrets/aws-access-key-id",
    ]
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    for a, b in itertools.pairwise(matches):
        assert a.end <= b.start


def test_offsets_are_code_points_after_non_ascii_text() -> None:
    text = "# Ünïcödé — 密码 ✓\npassword = 'r7Kp2qLm9x'  # ß\n" + "token: " + GITHUB
    matches = scan_secrets(text)
    assert [text[m.start : m.end] for m in matches] == ["r7Kp2qLm9x", GITHUB]


def test_escaped_newline_before_key_in_json_string() -> None:
    text = '{"env": "A=1\\nAWS_ACCESS_KEY_ID=' + AWS_ID + '\\nB=2"}'
    assert found(text) == [("secrets/aws-access-key-id", AWS_ID)]


# --------------------------------------------------------------------------- redaction


def test_redact_masks_every_secret_and_counts() -> None:
    text = (
        f"token = '{GITHUB}'\n"
        "password = 'r7Kp2qLm9x'\n"
        "db = postgres://app:Xk9mQ2vLpz@db.internal/app\n"
        f"{RSA_KEY}\n"
        "harmless = 'hello world'\n"
    )
    out, count = redact(text)
    assert count == 4
    for secret in (GITHUB[4:], "r7Kp2qLm9x", "Xk9mQ2vLpz", PEM_BODY[:40]):
        assert secret not in out
    assert "\u00abredacted:secrets/github-token:ghp_\u2026\u00bb" in out
    assert "password = '\u00abredacted:secrets/hardcoded-password\u00bb'" in out
    assert (
        "postgres://app:\u00abredacted:secrets/url-credentials\u00bb@db.internal/app"
        in out
    )
    assert "harmless = 'hello world'" in out
    assert scan_secrets(out) == []
    assert redact(out) == (out, 0)


def test_redact_extra_patterns_whole_match_or_first_group() -> None:
    text = "internal id ACME-123456 and cookie session=abcdef123456;\n"
    out, count = redact(text, [r"ACME-\d+", r"session=(\w+)"])
    assert count == 2
    assert (
        out
        == "internal id \u00abredacted:pattern\u00bb and cookie session=\u00abredacted:pattern\u00bb;\n"
    )


def test_redact_keeps_only_the_public_prefix_and_overlaps_count_once() -> None:
    text = f"AWS_ACCESS_KEY_ID={AWS_ID}\r\nDB_PASSWORD=Xk9mQ2vLpz\r\n"
    out, count = redact(text, [AWS_ID[:10]])  # overlaps the detected key
    assert count == 2
    assert out == (
        "AWS_ACCESS_KEY_ID=\u00abredacted:secrets/aws-access-key-id:AKIA\u2026\u00bb\r\n"
        "DB_PASSWORD=\u00abredacted:secrets/hardcoded-password\u00bb\r\n"
    )


def test_redact_rejects_invalid_pattern_by_name() -> None:
    with pytest.raises(ValueError, match=r"\(unclosed"):
        redact("text", ["(unclosed"])


def test_redact_without_secrets_returns_text_unchanged() -> None:
    assert redact("just code = 1\n") == ("just code = 1\n", 0)
    assert redact("") == ("", 0)


# --------------------------------------------------------------------------- rules and robustness


def test_rule_catalogue_is_complete_and_consistent() -> None:
    ids = [r.id for r in SECRET_RULES]
    assert len(ids) == len(set(ids))
    for r in SECRET_RULES:
        assert r.id.startswith("secrets/")
        assert r.severity in {"error", "warning", "info"}
        assert r.url.startswith("https://")
        assert r.name and r.message and r.note
    rules = set(ids)
    for _rule, _t, _s in KNOWN:
        assert _rule in rules
    for _rule, _t, _v in GENERIC:
        assert _rule in rules
    by_id = {r.id: r for r in SECRET_RULES}
    assert by_id["secrets/private-key"].severity == "error"
    assert by_id["secrets/hardcoded-password"].severity == "warning"


def test_binary_and_odd_text_does_not_crash() -> None:
    blob = bytes(range(256)).decode("latin-1") * 50 + "\udcff\x00password=\x00\n"
    assert isinstance(scan_secrets(blob), list)
    assert scan_secrets("") == []
    assert scan_secrets("password") == []
    assert scan_secrets("-----BEGIN") == []
    assert scan_secrets("x://") == []
    assert isinstance(redact(blob)[0], str)


@pytest.mark.parametrize(
    "line",
    [
        "a" * 1_000_000,
        "password=" + "A1b2" * 250_000,
        "AKIA" * 250_000,
        "x://" + "a:" * 500_000,
        "-----BEGIN PRIVATE KEY-----" + "A" * 1_000_000,
        "eyJ" + "a." * 500_000,
        'token = "' + "\\" * 1_000_000,
        "key password secret token auth " * 40_000,
        'auth=("a", "") HTTPBasicAuth("a", "") setToken("") ' * 20_000,
        '#define API_KEY "" <key>token</key> variable "db_password" { requirepass ' * 12_000,
    ],
    ids=[
        "letters",
        "long-password",
        "akia-repeat",
        "url-colons",
        "unterminated-key",
        "jwt-dots",
        "backslashes",
        "keywords",
        "credential-pairs",
        "defines-plists-variables",
    ],
)
def test_one_megabyte_line_is_scanned_quickly(line: str) -> None:
    started = time.thread_time()  # CPU seconds: a busy machine stretches them less than wall time
    scan_secrets(line)
    redact(line)
    # linear: 0.1-3 s quiet (the keyword line is 200k candidates); quadratic on a megabyte: hours
    assert time.thread_time() - started < 30


def test_many_assignments_in_a_big_file_scale_linearly() -> None:
    line = "password = 'r7Kp2qLm9x'  # " + "x" * 60 + "\n"
    text = line * 20_000  # 1.8 MB, 20k findings
    started = time.thread_time()
    matches = scan_secrets(text)
    assert len(matches) == 20_000
    assert time.thread_time() - started < 10


def test_scan_matches_are_secret_match_values() -> None:
    text = "password = 'r7Kp2qLm9x'"
    assert scan_secrets(text) == [SecretMatch("secrets/hardcoded-password", 12, 22)]
