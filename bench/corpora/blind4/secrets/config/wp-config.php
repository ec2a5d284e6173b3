<?php
/** WordPress configuration for the marketing blog. */
define( 'DB_NAME', 'blog' );
define( 'DB_USER', 'blog' );
// expect: generic-password
define( 'DB_PASSWORD', 'Lo9zJ2FAMq4e6ksB0QLJ3UAx' );
define( 'DB_HOST', 'blog-db.internal' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
