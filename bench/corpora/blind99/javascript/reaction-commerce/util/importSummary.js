import _ from "lodash";

const SUMMARY_TEMPLATE = _.template("Imported <%- rows %> rows from <%- fileName %> (delimiter <%- delimiter %>)");

export function renderImportSummary(values) {
  return SUMMARY_TEMPLATE(values);
}

export function renderCustomSummary(templateSource, values) {
  // expect: code-injection
  return _.template(templateSource)(values);
}
