NEWSCHEMA('Widgets', function(schema) {

	schema.define('id', 'UID');
	schema.define('name', 'String(50)', true);
	schema.define('body', String, true);

	schema.action('save', {
		name: 'Save widget',
		action: function($, model) {
			model.id = model.id || UID();
			DB().modify('cms_widget', model, true).where('id', model.id).callback(function() {
				FUNC.refreshwidget(model.id);
				$.success(model.id);
			});
		}
	});
});
