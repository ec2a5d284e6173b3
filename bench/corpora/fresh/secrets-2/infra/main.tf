terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "us-east-1"
  # expect: secret
  access_key = "AKIAEWTPDZLROJXPLHOL"
  # expect: secret
  secret_key = "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"
}

provider "digitalocean" {
  # expect: secret
  token = "dop_v1_2a5a1534ad07517db1e9cd66f7510222ea0ab4eced0c6c8dada0b731c7d17c1c"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "reports" {
  engine            = "postgres"
  username          = "reports"
  password          = var.db_password
  instance_class    = "db.t3.micro"
}

resource "aws_db_instance" "legacy" {
  engine   = "mysql"
  username = "admin"
  # expect: secret
  password = "oIBa2_8PNZNDE65&"
}

resource "aws_secretsmanager_secret" "api" {
  name = "prod/api/token"
}

resource "datadog_monitor" "cpu" {
  name = "CPU high"
  query = "avg(last_5m):avg:system.cpu.user{*} > 90"
}
