import { BindingScope, injectable } from '@loopback/core';
import axios from 'axios';

export interface GeoPoint {
  y: number;
  x: number;
}

const GEOCODER = 'https://geocoding.geo.census.gov/geocoder/locations/onelineaddress';

@injectable({ scope: BindingScope.SINGLETON })
export class GeocoderService {
  async geocode(address: string): Promise<GeoPoint[]> {
    const res = await axios.get(GEOCODER, {
      params: { format: 'json', benchmark: 'Public_AR_Current', address },
      timeout: 8000,
    });
    const matches = res.data?.result?.addressMatches ?? [];
    return matches.map((m: { coordinates: GeoPoint }) => m.coordinates);
  }
}

const REVERSE = 'https://geocoding.geo.census.gov/geocoder/geographies/coordinates';

@injectable({ scope: BindingScope.SINGLETON })
export class CachedGeocoderService {
  private readonly cache = new Map<string, GeoPoint[]>();

  constructor(private readonly inner: GeocoderService = new GeocoderService()) {}

  async geocode(address: string): Promise<GeoPoint[]> {
    const key = address.trim().toLowerCase();
    const hit = this.cache.get(key);
    if (hit) return hit;
    const points = await this.inner.geocode(address);
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(key, points);
    return points;
  }

  async reverse(point: GeoPoint): Promise<string | null> {
    const res = await axios.get(REVERSE, {
      params: { x: Number(point.x), y: Number(point.y), benchmark: 'Public_AR_Current', vintage: 'Current_Current', format: 'json' },
      timeout: 8000,
    });
    return res.data?.result?.geographies?.['Census Tracts']?.[0]?.NAME ?? null;
  }
}
