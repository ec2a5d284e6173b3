# frozen_string_literal: true

require "shopify_api"
require "square"
require "notion-ruby-client"

module Integrations
  # expect: shopify-token
  SHOPIFY_ADMIN_TOKEN = "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"
  SHOPIFY_SHOP = "acme-store.myshopify.com"

  def self.square
    # expect: square-token
    Square::Client.new(access_token: "EAAAUc8UXR7d48jrv-x6T8IMKIi7hyfoU_vMnbOHjy1KXORS7I4c8B36rawTBbZp", environment: "production")
  end

  def self.notion
    # expect: notion-token
    Notion::Client.new(token: "secret_21DsOQhrbUUeeeI256qqZkqRgUeMJIGSWwQ9pXHpa0O")
  end

  def self.airtable_headers
    # expect: airtable-token
    { "Authorization" => "Bearer pateug4qv4sCrfOSx.9396b5c9791a56f37f52493c99c142db3ebdb8ecc5147f60547028083beb5a26" }
  end

  def self.stripe_restricted
    # expect: stripe-key
    ENV.fetch("STRIPE_RK", "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")
  end

  def self.release
    ENV.fetch("GIT_SHA", "dde54fd2095f6fb1fabc34058c5b0d741dc73384")
  end
end
