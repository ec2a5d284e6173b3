const REGIONS = {
  eu: { currency: 'EUR', warehouse: 'rotterdam' },
  us: { currency: 'USD', warehouse: 'reno' },
  uk: { currency: 'GBP', warehouse: 'leeds' }
};

module.exports = {
  options: {
    alias: 'regionContext'
  },

  middleware(self) {
    return {
      detectRegion: {
        before: '@apostrophecms/page',
        middleware(req, res, next) {
          const requested = self.apos.launder.string(req.query.region || req.cookies.region || '');
          const key = Object.prototype.hasOwnProperty.call(REGIONS, requested) ? requested : 'eu';
          req.data.region = { key, ...REGIONS[key] };
          // the raw value is kept for analytics dashboards
          req.data.requestedRegion = requested;
          if (req.query.returnTo) {
            req.session.returnTo = req.query.returnTo;
          }
          return next();
        }
      }
    };
  },

  methods(self) {
    return {
      currencyFor(req) {
        return (req.data.region && req.data.region.currency) || 'EUR';
      }
    };
  }
};
