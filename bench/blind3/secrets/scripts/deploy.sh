#!/usr/bin/env bash
# Deploys the marketing site to Heroku and the API droplets to DigitalOcean.
set -euo pipefail

APP_NAME="${APP_NAME:-acme-marketing}"
REGION="fra1"
IMAGE_DIGEST="sha256:9d28da81e9a7a068dc3772583e7d808d48fd9a6965d83eaf9a8fc73fa4b4aef6"
GIT_SHA="$(git rev-parse HEAD)"

# expect: heroku-key
export HEROKU_API_KEY="245e641e-b53f-4611-843b-08d1f629e5a3"
# expect: digitalocean-token
DO_TOKEN="dop_v1_9832079855acbd5a39e92d10313fab032bd8353da6a7435527c62f256805064b"

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
