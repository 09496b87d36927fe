import type { KeyValueStore, Properties } from '../ports';
import type { PropertiesApi, PropertiesServiceApi } from './api/properties';

const store = (properties: PropertiesApi): KeyValueStore => ({
  get: (key) => properties.getProperty(key),
  set: (key, value) => {
    properties.setProperty(key, value);
  },
  setAll: (values) => {
    properties.setProperties(values);
  },
  remove: (key) => {
    properties.deleteProperty(key);
  },
});

export class ScriptProperties implements Properties {
  constructor(private readonly service: PropertiesServiceApi) {}

  document(): KeyValueStore | null {
    const properties = this.service.getDocumentProperties();
    return properties ? store(properties) : null;
  }

  script(): KeyValueStore {
    return store(this.service.getScriptProperties());
  }
}
