terraform {
  required_version = ">= 1.6"
  required_providers {
    vault = {
      source  = "hashicorp/vault"
      version = "~> 4.2"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "vault" {
  address = "https://vault.internal.acme.example:8200"
  # expect: vault-token
  token   = "hvs.rx10tpY6Bw02XjSUVCpG4Unr"
}

provider "aws" {
  region     = "eu-west-1"
  # expect: aws-access-key
  access_key = "AKIAZ4FEAIKKBGAFUDQ7"
  # expect: aws-secret-key
  secret_key = "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"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "vault_kv_secret_v2" "db" {
  mount = "kv"
  name  = "apps/orders/db"
  data_json = jsonencode({
    username = "orders"
    password = var.db_password
  })
}

resource "aws_db_instance" "orders" {
  identifier           = "orders-prod"
  engine               = "postgres"
  engine_version       = "16.2"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 50
  username             = "orders"
  password             = var.db_password
  storage_encrypted    = true
  skip_final_snapshot  = false
}

resource "vault_policy" "ci" {
  name   = "ci-read"
  policy = <<-EOT
    path "kv/data/apps/*" {
      capabilities = ["read"]
    }
  EOT
}
