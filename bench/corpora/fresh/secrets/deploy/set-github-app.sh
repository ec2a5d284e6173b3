#!/bin/sh
# Configure the GitHub OAuth app for the build dashboard.
set -eu

GITHUB_CLIENT_ID="Iv1.48402f2f3f23b7b8"
# expect: secret
GITHUB_CLIENT_SECRET="fa6486e7bdf7f7421fa21910208d7bd77ea00b66"
LAST_GOOD_SHA="e24574e6bbcef958e71befa833e10fe4052783a3"

kubectl -n dashboard create secret generic github-oauth \
  --from-literal=client-id="$GITHUB_CLIENT_ID" \
  --from-literal=client-secret="$GITHUB_CLIENT_SECRET" \
  --dry-run=client -o yaml | kubectl apply -f -

# expect: secret
kubectl -n dashboard set env deploy/dashboard VAULT_TOKEN=hvs.1NDFk51l2JCjijoC0BBzA88x
kubectl -n dashboard set env deploy/dashboard VAULT_TOKEN_FILE=/var/run/secrets/vault/token
git -C /srv/dashboard checkout "$LAST_GOOD_SHA"
