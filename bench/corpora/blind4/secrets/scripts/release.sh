#!/usr/bin/env bash
# Release helper: builds, tags, pushes images and publishes the chart.
set -euo pipefail

VERSION="${1:?usage: release.sh VERSION}"
REGISTRY="registry.example.com"
: "${GITLAB_TOKEN:?set GITLAB_TOKEN}"

# expect: huggingface-token
export HF_TOKEN="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"
# expect: gitlab-token
export CI_JOB_PUSH_TOKEN="glpat-sSZLIAhUykZWMptEyaT-"

docker build -t "$REGISTRY/shop/api:$VERSION" .
docker push "$REGISTRY/shop/api:$VERSION"

curl -sf --header "PRIVATE-TOKEN: ${GITLAB_TOKEN}" \
  -X POST "https://gitlab.example.com/api/v4/projects/42/releases" \
  --data "tag_name=v${VERSION}&name=v${VERSION}"

# expect: basic-auth-url
curl -sf "https://deploy:xOC9-zRAiq-BFpr9!@charts.example.com/api/charts" --data-binary "@dist/shop-${VERSION}.tgz"

# expect: pulumi-token
PULUMI_ACCESS_TOKEN="pul-d7112dbe5c8c7b1ac50f4c669eb7f0892178322c" pulumi up --yes --stack prod

echo "released ${VERSION} (sha256 of chart: $(sha256sum dist/shop-${VERSION}.tgz | cut -d' ' -f1))"
echo "expected checksum e4eb72883bf4cfcd320bfe292e016ea5fc1e2570e5a97e2dd572d1c6897ad316"
