provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:i0TfbVDcMmitynQQgAE/j+6OSlIMOU/ZUj74RI0Ronm=",
    "zh:8960eaa27c61434dbe0c4bfffb2f342c054b2bb081b2ebc9d0a226a77ea97250",
    "zh:9f077485d16a594b69cfef5257f79f89bda6e816ecc253d0aba86397958f2e1a",
  ]
}
