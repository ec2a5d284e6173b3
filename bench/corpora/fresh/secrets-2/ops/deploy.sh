#!/usr/bin/env bash
set -euo pipefail

# expect: secret
export VAULT_TOKEN=hvs.CAESI7d6oJjmGU3Zbh69QPpUTcfnrkmmTqV5hQEAdTMtuy_GW-qn0UlHhMcmpiJUN0u99sKfWqHifVH9EUwIO3a8UeGvUkV
export VAULT_ADDR=https://vault.acme.io:8200
# expect: secret
curl -fsS -u admin:jRQWV@QHIsY2Ef3# https://jenkins.acme.io/job/deploy/build
# expect: secret
mysql -h legacy-db -u root -p'lm3bh&u9TPrJ0&' billing < migrate.sql
# expect: secret
echo "klbs92zmhvwpa3qOO2qZgs9DXKe" | docker login -u acmebot --password-stdin && docker login -u acmebot -p dckr_pat_gHG7BboHCi89Q3dHCwJS2U_7WGg
read -rs -p "Password: " PASSWORD
export PGPASSWORD="$PASSWORD"
TOKEN=$(vault kv get -field=token secret/ci/github)
curl -H "Authorization: Bearer ${TOKEN}" https://api.github.com/user
# expect: secret
export DIGITALOCEAN_ACCESS_TOKEN=dop_v1_cdb128e96b2a85806045f8277b83de6dea4c5a4476f5a718e8d7d2e5882cbd76
# expect: secret
export PULUMI_ACCESS_TOKEN=pul-d1a5eb38913ddebe56979256c6b0f57cc2a103d2
echo "49c50a08835bb8294ed0503d5d7d9f1d3d3a1bebfb31febda0c4bf6a002beb75  release.tar.gz" | sha256sum -c -
git clone https://github.com/acme/infra.git
git clone https://${GH_USER}:${GH_TOKEN}@github.com/acme/private.git
# expect: secret
git clone https://acme-bot:ghp_zai88M7sqwFflm1DocAGSOwWQcylpjPc4X03@github.com/acme/private.git
