#!/usr/bin/env bash
# Deploys the marketing site to Heroku and the API droplets to DigitalOcean.
set -euo pipefail

APP_NAME="${APP_NAME:-acme-marketing}"
REGION="fra1"
IMAGE_DIGEST="sha256:d972a1b7e521c4d7f781a6bcf6217c9b1323d1da1cedff66a1fd3520214bcfa0"
GIT_SHA="$(git rev-parse HEAD)"

# expect: heroku-key
export HEROKU_API_KEY="ce9ea8bd-6a65-4890-bf80-9a01d95e53ea"
# expect: digitalocean-token
DO_TOKEN="dop_v1_a57bd946d6612cb4d51ba86c4a58818a23ccdcbd3be6811a2d896a033c041568"

log() { printf '[deploy] %s\n' "$*" >&2; }

deploy_heroku() {
  log "pushing ${GIT_SHA} to ${APP_NAME}"
  heroku container:login
  heroku container:push web --app "$APP_NAME"
  heroku container:release web --app "$APP_NAME"
}

deploy_droplets() {
  local tag="api-${REGION}"
  for id in $(curl -fsS -H "Authorization: Bearer ${DO_TOKEN}" \
      "https://api.digitalocean.com/v2/droplets?tag_name=${tag}" | jq -r '.droplets[].id'); do
    log "rolling droplet ${id}"
    ssh -o StrictHostKeyChecking=accept-new "deploy@${id}.droplets.internal" \
      "docker pull acme/api@${IMAGE_DIGEST} && systemctl restart acme-api"
  done
}

notify() {
  # DATADOG_API_KEY comes from the CI secret store
  curl -fsS -X POST "https://api.datadoghq.eu/api/v1/events" \
    -H "DD-API-KEY: ${DATADOG_API_KEY}" \
    -d "{\"title\":\"deploy ${APP_NAME}\",\"text\":\"${GIT_SHA}\"}"
}

main() {
  deploy_heroku
  deploy_droplets
  notify
}

main "$@"
