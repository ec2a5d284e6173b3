#!/usr/bin/env bash
# Blue/green deploy for the storefront API. Usage: ./deploy.sh <release-sha>
set -euo pipefail

RELEASE="${1:?usage: deploy.sh <release-sha>}"
REGION="${AWS_REGION:-eu-west-1}"
: "${DEPLOY_ENV:?DEPLOY_ENV must be set}"
PREVIOUS_SHA="1ddc522823eb34cc792719e2ebc75d61c80db42a"

# expect: secret
export AWS_ACCESS_KEY_ID=AKIAD2LDHB2KAVQX4LLJ
# expect: secret
export AWS_SECRET_ACCESS_KEY=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
export AWS_DEFAULT_REGION="$REGION"

DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id storefront/db --query SecretString --output text)"
VAULT_ADDR=https://vault.internal:8200
GITHUB_TOKEN="$(vault kv get -field=token kv/ci/github)"
# expect: secret
SLACK_WEBHOOK="https://hooks.slack.com/services/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"

notify() {
  curl -fsS -X POST -H 'Content-type: application/json' --data "{\"text\": \"$1\"}" "$SLACK_WEBHOOK" >/dev/null
}

migrate() {
  PGPASSWORD="$DB_PASSWORD" psql -h db.internal -U storefront -c 'SELECT 1'
  # expect: secret
  mysql -h legacy-db.internal -u reporting -p'XHBgDUGgL=c%QrilITNhOGRI' -e 'CALL refresh_rollups()'
}

read -r -s -p "Vault unseal key: " UNSEAL_KEY
echo

docker pull "registry.example.com/storefront/api@sha256:9708faea46359903fba016b804933dbd44d735b99ea07c3a2b6d2f01a86d7641"
migrate
# expect: secret
curl -fsS -u "deployer:df#irqPvN%qci*W3a^nulI1t" "https://jenkins.internal/job/smoke/buildWithParameters?SHA=${RELEASE}"
curl -fsS -H "Authorization: token ${GITHUB_TOKEN}" "https://api.github.com/repos/acme/storefront/statuses/${RELEASE}" -d '{"state":"success"}'
notify "deployed ${RELEASE} (was ${PREVIOUS_SHA})"
