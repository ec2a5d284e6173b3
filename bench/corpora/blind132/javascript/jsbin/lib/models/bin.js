'use strict';

function BinModel(store) {
  this.store = store;
}

BinModel.prototype.load = function (params, fn) {
  var revision = parseInt(params.revision, 10) || null;
  this.store.getBin(String(params.url), revision, fn);
};

BinModel.prototype.search = function (term, owner, fn) {
  this.store.searchBins(term, owner, fn);
};

module.exports = BinModel;
