terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }
    cloudflare   = { source = "cloudflare/cloudflare", version = "~> 4.30" }
  }
}

provider "digitalocean" {
  # expect: digitalocean-token
  token = "dop_v1_605d710a752e2b424de90279d298b48c5224cc07964b7c622ce5c6bd2bef7476"
}

provider "cloudflare" {
  # expect: cloudflare-token
  api_token = "YSpbdU4ObqYEzQ9GSx9qehVrGSfGUY9kFFJwgGPR"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "digitalocean_database_user" "app" {
  cluster_id = digitalocean_database_cluster.main.id
  name       = "app"
}

resource "cloudflare_record" "www" {
  zone_id = "17f38717caa664ab6b1361ef45306627"
  name    = "www"
  value   = "203.0.113.10"
  type    = "A"
  proxied = true
}

locals {
  kms_key_id = "4732195c-53be-455f-ba2c-c9aa4e75267a"
  # expect: terraform-cloud-token
  tfc_token = "kjzQYLDYEKTf22.atlasv1.S6ib4nXSWFFBdV40PXMrFLZCb14MjwJJtuFgk4GstNVIjshCV6RJM9PhsVYIr8w9RqB"
}
