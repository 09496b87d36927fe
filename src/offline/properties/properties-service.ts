import type { PropertiesServiceApi } from '../../gas/api/properties';
import type { Kernel } from '../runtime/kernel';
import { runningUser } from '../session/identity';
import { OfflineProperties } from './properties';
import { PropertyStores, PropertyStoresSnapshot } from './property-stores';

/** PropertiesService over the project's stores (§6.1). */
export class OfflinePropertiesService implements PropertiesServiceApi {
  /** The stores themselves, for seeding and reading without counting calls. */
  readonly stores = new PropertyStores();

  constructor(private readonly kernel: Kernel) {}

  /** Shared by every user of the script, hence by every user of a published add-on. */
  getScriptProperties(): OfflineProperties {
    this.kernel.tick('PropertiesService.PropertiesService.getScriptProperties');
    return new OfflineProperties(this.kernel, this.stores.script);
  }

  /** The running user's store (the installer's, in an installable trigger). */
  getUserProperties(): OfflineProperties {
    this.kernel.tick('PropertiesService.PropertiesService.getUserProperties');
    return new OfflineProperties(this.kernel, this.stores.user(runningUser(this.kernel)));
  }

  /** The open document's store; `null` outside a container (§6.1). */
  getDocumentProperties(): OfflineProperties | null {
    this.kernel.tick('PropertiesService.PropertiesService.getDocumentProperties');
    const container = this.kernel.container;
    return container ? new OfflineProperties(this.kernel, this.stores.document(container.id)) : null;
  }

  /** Non-ticking snapshot of every store, for state.json. */
  toJSON(): PropertyStoresSnapshot {
    return this.stores.toJSON();
  }
}
