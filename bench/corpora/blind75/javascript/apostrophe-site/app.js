require('apostrophe')({
  shortName: 'outdoor-shop',
  baseUrl: process.env.APOS_BASE_URL || 'http://localhost:3000',
  nestedModuleSubdirs: true,
  modules: {
    '@apostrophecms/express': {
      options: {
        session: {
          secret: process.env.APOS_SESSION_SECRET,
          cookie: { secure: process.env.NODE_ENV === 'production', sameSite: 'lax' }
        },
        csrfExceptions: ['/api/v1/product/stock-by-slug']
      }
    },
    '@apostrophecms/i18n': {
      options: {
        locales: {
          en: { label: 'English' },
          fr: { label: 'Français', prefix: '/fr' }
        }
      }
    },
    '@apostrophecms/rich-text-widget': {},
    '@apostrophecms/image-widget': {
      options: { className: 'img-fluid' }
    },
    '@apostrophecms/video-widget': {},
    '@apostrophecms/uploadfs': {
      options: {
        uploadfs: {
          storage: process.env.APOS_S3_BUCKET ? 's3' : 'local',
          bucket: process.env.APOS_S3_BUCKET,
          region: process.env.APOS_S3_REGION
        }
      }
    },
    'region-context': {},
    product: {},
    'newsletter-widget': {},
    'email-template': {},
    'default-page': {}
  }
});
