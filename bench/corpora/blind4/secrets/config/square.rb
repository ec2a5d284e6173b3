# frozen_string_literal: true

require 'square'

module Payments
  class SquareGateway
    LOCATION_ID = 'L8K2J4M6N9P0Q'
    # expect: square-token
    ACCESS_TOKEN = 'EAAAuoFEGx_ZyTrNHv7vK4Gc7f23aGz3FoEySxhiqGLP1aIQ-QpZ7HemFHkq-r2g'

    def initialize(token: ENV.fetch('SQUARE_ACCESS_TOKEN', ACCESS_TOKEN))
      @client = Square::Client.new(access_token: token, environment: 'production')
    end

    def charge(amount_cents, nonce, idempotency_key)
      @client.payments.create_payment(
        body: {
          source_id: nonce,
          idempotency_key: idempotency_key,
          amount_money: { amount: amount_cents, currency: 'EUR' },
          location_id: LOCATION_ID
        }
      )
    end
  end

  class BraintreeGateway
    # expect: braintree-token
    TOKEN = 'access_token$production$38181f3af01b0639$b4ecb058e135b0721f7d01cf495ed83a'
  end
end
