export default {
    RedisHost: process.env.REDIS_HOST || '127.0.0.1',
    RedisPort: Number(process.env.REDIS_PORT || 6379),
    HTTPServerPort: Number(process.env.PORT || 3000),
    AutoscalerInterval: Number(process.env.AUTOSCALER_INTERVAL || 10),
    ReportDir: process.env.REPORT_DIR || '/var/lib/jitsi-autoscaler/reports',
    CustomLaunchScript: process.env.CUSTOM_LAUNCH_SCRIPT || '/opt/jitsi/launch-instance.sh',
    SidecarHosts: (process.env.SIDECAR_HOSTS || 'sidecar.internal').split(','),
};
