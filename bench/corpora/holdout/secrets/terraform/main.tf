terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "acme-tfstate-prod"
    key            = "storefront/terraform.tfstate"
    region         = "eu-west-1"
    kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:key/cb265885-63d1-45c6-8c31-c75bf1e5a031"
    dynamodb_table = "tfstate-lock"
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "datadog" {
  # expect: secret
  api_key = "a0fabce93a8a086214a2553dc2cf5dbe"
  app_key = var.datadog_app_key
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}

data "aws_secretsmanager_secret_version" "db" {
  secret_id = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:storefront/db-AbCdEf"
}

resource "aws_db_instance" "main" {
  identifier          = "storefront-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.r6g.large"
  username            = "storefront"
  password            = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  skip_final_snapshot = false
}

resource "aws_db_instance" "reporting" {
  identifier     = "storefront-reporting"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  username       = "reporting"
  # expect: secret
  password       = "70#wdMunn8BPqZff"
}

resource "aws_instance" "bastion" {
  ami           = "ami-05c768fa906b2f64c"
  instance_type = "t4g.micro"
  user_data     = <<-EOT
    #!/bin/bash
    echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPe6FElAcxqlxEmpXbsN0fklvkTuFL1P4APFzeuoIBtV ops" >> /home/ec2-user/.ssh/authorized_keys
  EOT
}

resource "aws_iam_access_key" "ci" {
  user = "ci-deployer"
}

resource "aws_lambda_function" "thumbs" {
  function_name    = "thumbs"
  filename         = "thumbs.zip"
  source_code_hash = "1e530941ba4ea4d1e0e45bf155661c0e97416428"
  role             = "arn:aws:iam::123456789012:role/thumbs"
  handler          = "main.handler"
  runtime          = "python3.12"
  environment {
    variables = {
      BUCKET         = "acme-thumbs"
      # expect: secret
      GITHUB_TOKEN   = "ghp_ikm1PM8hOk9TcROs2ptwXnCBCdauUX1Ai9om"
      SENTRY_DSN_ENV = "SENTRY_DSN"
    }
  }
}

resource "cloudflare_record" "www" {
  zone_id = "9b016d0113bc9a0d5fd20797e3d4f38a"
  name    = "www"
  type    = "CNAME"
  content = "shop.example.com"
}
