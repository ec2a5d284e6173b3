'use strict';

module.exports = {
  getLatestBin: 'SELECT * FROM sandbox WHERE url = ? ORDER BY revision DESC LIMIT 1',
  getBinByRevision: 'SELECT * FROM sandbox WHERE url = ? AND revision = ? LIMIT 1',
  searchOwnedBins: 'SELECT s.url, s.revision FROM sandbox s JOIN owners o ON o.url = s.url WHERE o.name = ? AND s.summary LIKE ? LIMIT 50'
};
