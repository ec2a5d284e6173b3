#!/usr/bin/env bash
set -euo pipefail

# Backfill embeddings for the search index.
API=https://api.example.com
# expect: huggingface-token
export HF_TOKEN="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"
# expect: linear-key
LINEAR_API_KEY='lin_api_c3IbKPV0U8gWegWgiWXT1TKb0XXTZsyNeUfXXnmR'

: "${INDEX_NAME:?set INDEX_NAME}"

# expect: basic-auth-url
curl -sf "https://backfill:fhvckGwxu5GzTLTONX@search.internal.example.com/_bulk" --data-binary @batch.ndjson

curl -sf -H "Authorization: Bearer ${SEARCH_TOKEN}" "$API/v1/reindex?index=${INDEX_NAME}"
curl -sf -H "Authorization: Bearer $LINEAR_API_KEY" https://api.linear.app/graphql -d '{"query":"{ viewer { id } }"}'
sha256sum batch.ndjson | grep -q "c7c5c1d70c5dec4416ab6158afd0b223ef40c29b1dc1f97ed9428b94d4cadb1c" || echo "checksum changed"
