#!/usr/bin/env bash
# Release script for the docs site. Run from CI or a maintainer laptop.
set -euo pipefail

ENVIRONMENT="${1:-staging}"
RELEASE_ID="$(git rev-parse HEAD)"
PINNED_BASE_COMMIT="4f5bb77deb12f87ca2ba5286c797f6c130613f44"

# expect: secret
export AWS_ACCESS_KEY_ID="AKIAPZCYIBBTDD2GDMSA"
# expect: secret
export AWS_SECRET_ACCESS_KEY="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"
export AWS_DEFAULT_REGION="us-east-1"

: "${CLOUDFLARE_API_TOKEN:?CLOUDFLARE_API_TOKEN must be set}"
DOCKER_PASSWORD="${DOCKER_PASSWORD:-}"

echo "Deploying ${RELEASE_ID} to ${ENVIRONMENT}"

npm ci
npm run build

# expect: secret
echo "//registry.npmjs.org/:_authToken=npm_6HpQN2Bx62Jcz4jJMkSPbiiHUokFFzvzWpsi" > ~/.npmrc
npm publish --access public

# expect: secret
TWINE_PASSWORD="pypi-AgEIcHlwaS5vcmcCJ4yIwYAcfVMdhwTZ26-P2VsB3qfuNiQ01tElxhfrAZhs0F4qquphGGBAGkjHPbDmYujKg9Z6Un94zSiKwa_smjlzcFGbhT74bXUrEUxEOnl0uOKFcMNCG3kQSDU7sWTDwTV6Psk7_Vmwpjel339hTTf" twine upload --username __token__ dist/*
twine upload --username __token__ --password "$PYPI_TOKEN" --repository testpypi dist/*

aws s3 sync ./build "s3://docs-${ENVIRONMENT}/" --delete

# expect: secret
curl -fsS -u "deploy:t6Yh!2Lw9Rc" -X POST "https://ci.example.com/job/docs-${ENVIRONMENT}/build"
curl -fsS -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" -X POST "https://api.cloudflare.com/client/v4/zones/${CF_ZONE}/purge_cache" --data '{"purge_everything":true}'

echo "$DOCKER_PASSWORD" | docker login registry.example.com -u ci --password-stdin
docker build -t "registry.example.com/docs:${RELEASE_ID}" .
docker push "registry.example.com/docs:${RELEASE_ID}"

# expect: secret
curl -fsS -X POST -H 'Content-type: application/json' --data "{\"text\":\"docs ${RELEASE_ID} deployed\"}" https://hooks.slack.com/services/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

# expect: secret
GH_TOKEN=ghp_UXj7oIHBj3fu2nTkGkVGuBsXJ6dfVw75x5El gh release create "v$(date +%Y.%m.%d)" --notes "Automated release"

echo "sha256 of bundle:"
sha256sum build/bundle.tar.gz
echo "expected 26179ce4ac9544a9bdbb2ff2891dfb8c3e4bb1563da2660aec7a4517180bea14"
echo "done"
