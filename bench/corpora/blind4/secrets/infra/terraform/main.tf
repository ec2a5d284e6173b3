terraform {
  required_version = ">= 1.6"
  required_providers {
    aws          = { source = "hashicorp/aws", version = "~> 5.0" }
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.0" }
    datadog      = { source = "DataDog/datadog", version = "~> 3.0" }
  }
}

provider "aws" {
  region = "eu-west-1"
  # expect: aws-access-key
  access_key = "AKIAOOTFVMUSDTUF53UW"
  # expect: aws-secret-key
  secret_key = "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"
}

provider "digitalocean" {
  token = var.do_token
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}

variable "do_token" {
  type      = string
  sensitive = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

resource "aws_s3_bucket" "assets" {
  bucket = "shop-assets-prod"
}

resource "aws_iam_user" "ci" {
  name = "shop-ci"
}

resource "aws_db_instance" "shop" {
  identifier        = "shop-prod"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  allocated_storage = 50
  username          = "shop"
  # expect: generic-password
  password          = "xOC9-zRAiq-BFpr9!"
  skip_final_snapshot = false
}

resource "random_password" "replica" {
  length  = 32
  special = true
}

output "bucket_arn" {
  value = aws_s3_bucket.assets.arn
}
