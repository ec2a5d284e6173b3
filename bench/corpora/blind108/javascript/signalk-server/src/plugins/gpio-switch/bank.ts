const CHART_SOURCES: Record<string, string> = {
  osm: 'https://tile.openstreetmap.org',
  noaa: 'https://tileservice.charts.noaa.gov/tiles',
}

export class SwitchBank {
  constructor(private app: { handleMessage(id: string, delta: object): void }) {}

  publish(pin: string, on: boolean) {
    this.app.handleMessage('gpio-switch', {
      updates: [{ values: [{ path: `electrical.switches.bank.${pin}.state`, value: on ? 1 : 0 }] }],
    })
  }

  chartSource(name: string): string {
    return CHART_SOURCES[name] || name
  }

  knownChartSource(name: string): string {
    return CHART_SOURCES[name] || CHART_SOURCES.osm
  }
}
