import type { PropertiesApi } from '../../gas/api/properties';
import type { Kernel } from '../runtime/kernel';
import { assertWithinLimits } from './limits';
import type { PropertyMap } from './property-stores';

/**
 * One property store as a script sees it (§6.3). Every call counts as one property read or write
 * against the daily quota (§6.4): Google's quota counts calls, so a `setProperties` of many keys is one
 * write, which is why the add-on batches.
 */
export class OfflineProperties implements PropertiesApi {
  constructor(
    private readonly kernel: Kernel,
    private readonly store: PropertyMap,
  ) {}

  getProperty(key: string): string | null {
    this.begin('getProperty');
    return this.store.get(String(key)) ?? null;
  }

  /** A copy: changing it does not change the store (§6.3). */
  getProperties(): { [key: string]: string } {
    this.begin('getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.begin('getKeys');
    return [...this.store.keys()];
  }

  /** Stores `String(value)`: numbers become '5', objects '[object Object]' (§6.2). */
  setProperty(key: string, value: string): OfflineProperties {
    this.begin('setProperty');
    const entry: [string, string] = [String(key), String(value)];
    const next = new Map(this.store).set(entry[0], entry[1]);
    assertWithinLimits([entry], next);
    this.store.set(entry[0], entry[1]);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): OfflineProperties {
    this.begin('setProperties');
    const entries = Object.keys(properties).map((key): [string, string] => [key, String(properties[key])]);
    const next: PropertyMap = deleteAllOthers ? new Map() : new Map(this.store);
    for (const [key, value] of entries) next.set(key, value);
    // All or nothing: a batch that breaks a limit leaves the store as it was.
    assertWithinLimits(entries, next);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return this;
  }

  deleteProperty(key: string): OfflineProperties {
    this.begin('deleteProperty');
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): OfflineProperties {
    this.begin('deleteAllProperties');
    this.store.clear();
    return this;
  }

  private begin(method: string): void {
    this.kernel.tick(`PropertiesService.Properties.${method}`);
    this.kernel.quotas.consume('propertiesReadWrites');
  }
}
