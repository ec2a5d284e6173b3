const TRUSTED_HOSTS = [ 'wordpress.com', 'jetpack.com', 'woocommerce.com' ];

export function isValidRedirect( target ) {
	if ( typeof target !== 'string' || ! target ) {
		return false;
	}
	if ( target.startsWith( '/' ) && ! target.startsWith( '//' ) ) {
		return true;
	}
	try {
		const { protocol, hostname } = new URL( target );
		return protocol === 'https:' && TRUSTED_HOSTS.some( ( h ) => hostname === h || hostname.endsWith( '.' + h ) );
	} catch {
		return false;
	}
}

export function redirectTarget( query ) {
	return query.redirect_to ?? query.return_to ?? '/';
}
