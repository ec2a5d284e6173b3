import { ping, pingChecked } from './provider/ping';

class MonitorManager {
  private running = new Map<string, NodeJS.Timeout>();

  async testPing(hostname: string) {
    return ping(hostname);
  }

  async testPingChecked(hostname: string) {
    return pingChecked(hostname);
  }

  stopAll() {
    for (const timer of this.running.values()) clearInterval(timer);
    this.running.clear();
  }
}

export const monitorManager = new MonitorManager();
