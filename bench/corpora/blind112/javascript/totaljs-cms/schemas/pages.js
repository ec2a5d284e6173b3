const SORT = { title: 'title', date: 'dtupdated', url: 'url' };

NEWSCHEMA('Pages', function(schema) {

	schema.define('id', 'UID');
	schema.define('title', 'String(100)', true);
	schema.define('url', 'String(200)', true);
	schema.define('body', String);
	schema.define('layout', 'String(50)');

	schema.action('query', {
		name: 'List pages',
		query: 'q:String,sort:String',
		action: function($) {
			var sort = SORT[$.query.sort] || 'dtupdated';
			DB().query('SELECT id, title, url FROM cms_page WHERE title ILIKE $1 ORDER BY ' + sort + ' DESC', ['%' + ($.query.q || '') + '%']).callback($.callback);
		}
	});

	schema.action('search', {
		name: 'Search pages by url',
		query: 'url:String',
		action: function($) {
			var url = $.query.url || '/';
			// expect: sql-injection
			DB().query("SELECT id, title, url FROM cms_page WHERE url LIKE '" + url + "%'").callback($.callback);
		}
	});

	schema.action('save', {
		name: 'Save page',
		action: function($, model) {
			model.dtupdated = NOW;
			// expect: log-injection
			console.log('CMS page saved: ' + model.title + ' by ' + $.user.name);
			DB().modify('cms_page', model, true).where('id', model.id || UID()).callback($.done(model.id));
		}
	});
});
