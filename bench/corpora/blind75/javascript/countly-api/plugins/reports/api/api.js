const ejs = require('ejs');
const path = require('path');

const common = require('../../../api/utils/common.js');
const plugins = require('../../../api/utils/pluginManager.js');
const reportsModel = require('./reports.js');

const TEMPLATE_FILE = path.resolve(__dirname, '../frontend/public/templates/email.html');

(function() {
    plugins.register('/o/reports/preview', function(ob) {
        const params = ob.params;
        ob.validateUserForRead(params, function() {
            const args = common.validateArgs(params.qstring, {
                report_id: { required: true, type: 'String' },
                days: { required: false, type: 'Number' },
            });
            if (!args) {
                return common.returnMessage(params, 400, 'Invalid arguments');
            }
            reportsModel.load(args.report_id, args.days || 7, function(err, report) {
                if (err || !report) return common.returnMessage(params, 404, 'Report not found');
                ejs.renderFile(TEMPLATE_FILE, { report: report, host: common.config.host }, function(renderErr, html) {
                    if (renderErr) return common.returnMessage(params, 500, 'Render failed');
                    common.returnHtml(params, html);
                });
            });
        });
        return true;
    });

    plugins.register('/o/reports/preview-custom', function(ob) {
        const params = ob.params;
        ob.validateUserForRead(params, function() {
            const template = params.qstring.template || '<p><%= report.title %></p>';
            reportsModel.load(params.qstring.report_id, 7, function(err, report) {
                if (err || !report) return common.returnMessage(params, 404, 'Report not found');
                let html;
                try {
                    // expect: template-injection
                    html = ejs.render(template, { report: report });
                }
                catch (ex) {
                    return common.returnMessage(params, 400, 'Template error');
                }
                common.returnOutput(params, { html: html }, true);
            });
        });
        return true;
    });

    plugins.register('/o/reports/subject', function(ob) {
        const params = ob.params;
        ob.validateUserForRead(params, function() {
            const subject = String(params.qstring.subject || 'Countly report');
            const html = ejs.render('<h1><%= subject %></h1>', { subject: subject });
            common.returnOutput(params, { html: html });
        });
        return true;
    });
}());
