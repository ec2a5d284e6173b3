<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
// expect: secret
define('DB_PASSWORD', '3afko%iQ6iGjwums6%');
define('DB_HOST', 'localhost');
// expect: secret
define('AUTH_KEY', 'XUA~e](xaPVmMt_L,H{ir!ib%g):ULa+Vij?YB3}},JrH;Nyi!>U11IIFm~}iVW]');
define('WP_DEBUG', false);
$table_prefix = 'wp_';
