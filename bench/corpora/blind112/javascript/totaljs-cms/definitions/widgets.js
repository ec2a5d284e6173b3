MAIN.widgets = {};

FUNC.refreshwidget = function(id) {
	DB().read('cms_widget').where('id', id).callback(function(err, widget) {
		if (!widget)
			return;
		var exports = {};
		try {
			// expect: code-injection
			new Function('exports', 'require', widget.body)(exports, require);
		} catch (e) {
			console.error('Widget compile failed: ' + JSON.stringify(widget.name));
			return;
		}
		MAIN.widgets[widget.id] = { name: widget.name, render: exports.render };
	});
};

FUNC.renderwidget = function(id, opt) {
	var widget = MAIN.widgets[id];
	if (!widget || typeof widget.render !== 'function')
		return '';
	return widget.render(Object.freeze(Object.assign({}, opt)));
};
