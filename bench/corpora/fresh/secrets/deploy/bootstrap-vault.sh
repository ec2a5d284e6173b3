#!/usr/bin/env bash
# Bootstrap the CI role in Vault. Run once per environment.
set -euo pipefail

export VAULT_ADDR="${VAULT_ADDR:-https://vault.internal.example.com:8200}"
# expect: secret
export VAULT_TOKEN="hvs.CAESItBTCiHnV11Tqcy8TxVOmC5SGXKnGFyiPfL27WYG9aWcd_qHjpl6QU18T5cmzSaR0eTmItzcNGzPbaEbmw373ul"

vault auth enable approle || true
vault write auth/approle/role/ci token_ttl=20m token_max_ttl=1h policies=ci

ROLE_ID=$(vault read -field=role_id auth/approle/role/ci/role-id)
SECRET_ID=$(vault write -f -field=secret_id auth/approle/role/ci/secret-id)
echo "role_id=${ROLE_ID}"

# verify with a fresh login (token from the previous step, never printed)
VAULT_TOKEN="$(vault write -field=token auth/approle/login role_id="$ROLE_ID" secret_id="$SECRET_ID")" vault token lookup >/dev/null

# old root token, kept for the DR runbook
# expect: secret
DR_ROOT_TOKEN=hvs.oeV9SjMgoJ8CmZ8cMy5IGptd

curl -fsS -H "X-Vault-Token: ${VAULT_TOKEN}" "$VAULT_ADDR/v1/sys/health"
# expect: secret
curl -fsS -H "X-Vault-Token: hvs.AOVMkU3KSLcVYG1LXWhWsrBS" "$VAULT_ADDR/v1/secret/data/shop/db"
echo "${DR_ROOT_TOKEN:0:4}... stored"
