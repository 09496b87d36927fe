import { PROPERTY_QUOTA_EXCEEDED } from '../../../src/offline/properties/limits';
import { OfflinePropertiesService } from '../../../src/offline/properties/properties-service';
import { Kernel } from '../../../src/offline/runtime/kernel';
import { thrown } from '../thrown';

function setUp(options: ConstructorParameters<typeof Kernel>[0] = {}) {
  const kernel = new Kernel(options);
  const service = new OfflinePropertiesService(kernel);
  return { kernel, service };
}

describe('PropertiesService values and copies (§6.2, §6.3)', () => {
  it('stores every value as a string: 5 becomes "5", an object "[object Object]" (§6.2)', () => {
    const props = setUp().service.getScriptProperties();
    props.setProperty('n', 5 as unknown as string);
    props.setProperty('o', { a: 1 } as unknown as string);
    expect(props.getProperty('n')).toBe('5');
    expect(props.getProperty('o')).toBe('[object Object]');
  });

  it('getProperty of a missing key is null, not undefined (§6.3)', () => {
    expect(setUp().service.getScriptProperties().getProperty('missing')).toBeNull();
  });

  it('getProperties returns a copy: changing it leaves the store alone (§6.3)', () => {
    const props = setUp().service.getScriptProperties();
    props.setProperty('a', '1');
    const copy = props.getProperties();
    copy.a = 'changed';
    copy.b = 'new';
    expect(props.getProperties()).toEqual({ a: '1' });
  });

  it('getKeys lists the keys; delete and deleteAll remove them (§6.3)', () => {
    const props = setUp().service.getScriptProperties();
    props.setProperties({ a: '1', b: '2', c: '3' });
    expect(props.getKeys()).toEqual(['a', 'b', 'c']);
    props.deleteProperty('b');
    expect(props.getKeys()).toEqual(['a', 'c']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('every writer returns the store for chaining (§6.3)', () => {
    const props = setUp().service.getScriptProperties();
    const chained = props.setProperty('a', '1').setProperties({ b: '2' }).deleteProperty('a');
    expect(chained.getProperties()).toEqual({ b: '2' });
    expect(chained.deleteAllProperties().getKeys()).toEqual([]);
  });

  it('setProperties(obj, true) deletes every other key; without the flag it merges (§6.3)', () => {
    const props = setUp().service.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' });
    expect(props.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    props.setProperties({ d: '4' }, true);
    expect(props.getProperties()).toEqual({ d: '4' });
  });
});

describe('PropertiesService stores (§6.1)', () => {
  it('script properties are shared by every user of the script', () => {
    const { kernel, service } = setUp();
    service.getScriptProperties().setProperty('k', 'v');
    kernel.user = 'other@college.example';
    expect(service.getScriptProperties().getProperty('k')).toBe('v');
  });

  it('user properties belong to the running user; an installable trigger sees its installer’s', () => {
    const { kernel, service } = setUp({ user: 'a@college.example' });
    service.getUserProperties().setProperty('k', 'of a');
    kernel.user = 'b@college.example';
    expect(service.getUserProperties().getProperty('k')).toBeNull();
    kernel.user = 'a@college.example';
    const trigger = kernel.begin('installable-trigger', 'onFormSubmit');
    kernel.user = 'b@college.example';
    expect(kernel.within(trigger, () => service.getUserProperties().getProperty('k'))).toBe('of a');
  });

  it('document properties are null outside a container and separate per document', () => {
    const { kernel, service } = setUp();
    expect(service.getDocumentProperties()).toBeNull();
    kernel.container = { kind: 'spreadsheet', id: 'ss1' };
    service.getDocumentProperties()?.setProperty('k', 'in ss1');
    kernel.container = { kind: 'spreadsheet', id: 'ss2' };
    expect(service.getDocumentProperties()?.getProperty('k')).toBeNull();
    kernel.container = { kind: 'spreadsheet', id: 'ss1' };
    expect(service.getDocumentProperties()?.getProperty('k')).toBe('in ss1');
  });

  it('toJSON snapshots every store without counting a call', () => {
    const { kernel, service } = setUp({ user: 'a@college.example' });
    service.getScriptProperties().setProperty('s', '1');
    service.getUserProperties().setProperty('u', '2');
    kernel.container = { kind: 'spreadsheet', id: 'ss1' };
    service.getDocumentProperties()?.setProperty('d', '3');
    const before = kernel.calls.total;
    expect(service.toJSON()).toEqual({
      script: { s: '1' },
      user: { 'a@college.example': { u: '2' } },
      document: { ss1: { d: '3' } },
    });
    expect(kernel.calls.total).toBe(before);
  });
});

describe('PropertiesService limits (§6.4, §6.5)', () => {
  it('a value over 9 KB (documented limit, stricter than observed) throws the storage-quota text', () => {
    const props = setUp().service.getScriptProperties();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    const error = thrown(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1)));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getProperty('big')).toBeNull();
  });

  it('sizes are UTF-8 bytes: 4,700 Cyrillic letters (9,400 bytes) pass 9 KB', () => {
    const props = setUp().service.getScriptProperties();
    expect(() => props.setProperty('ru', 'я'.repeat(4700))).toThrow(PROPERTY_QUOTA_EXCEEDED);
    expect(() => props.setProperty('ru', 'я'.repeat(4600))).not.toThrow();
  });

  it('the store total counts key and value bytes and stops at 500 KB (§6.5)', () => {
    const props = setUp().service.getScriptProperties();
    const value = 'v'.repeat(9000);
    // 56 entries of (4-byte key + 9000-byte value) = 504,224 bytes; a 57th passes 512,000.
    for (let i = 0; i < 56; i += 1) props.setProperty(`k${String(i).padStart(3, '0')}`, value);
    const error = thrown(() => props.setProperty('k056', value));
    expect(error.message).toBe(PROPERTY_QUOTA_EXCEEDED);
    expect(props.getKeys()).toHaveLength(56);
    // Long keys count too: a short value under a 8,000-byte key no longer fits.
    expect(() => props.setProperty('x'.repeat(8000), '1')).toThrow(PROPERTY_QUOTA_EXCEEDED);
    expect(() => props.setProperty('small', 'v'.repeat(3000))).not.toThrow();
  });

  it('a setProperties batch that breaks a limit changes nothing', () => {
    const props = setUp().service.getScriptProperties();
    props.setProperty('keep', '1');
    expect(() => props.setProperties({ a: '2', b: 'x'.repeat(10_000) }, true)).toThrow(
      PROPERTY_QUOTA_EXCEEDED,
    );
    expect(props.getProperties()).toEqual({ keep: '1' });
  });
});

describe('PropertiesService counting (§6.4)', () => {
  it('each call is one call and one read/write against the daily quota', () => {
    const { kernel, service } = setUp();
    const props = service.getScriptProperties();
    props.setProperties({ a: '1', b: '2', c: '3' });
    props.getProperty('a');
    props.getProperties();
    expect(kernel.calls.count('PropertiesService.Properties.setProperties')).toBe(1);
    expect(kernel.calls.count('PropertiesService.Properties.getProperty')).toBe(1);
    expect(kernel.quotas.usedToday('propertiesReadWrites')).toBe(3);
  });

  it('past 50,000 reads and writes a day (consumer) Google refuses with its quota text', () => {
    const { kernel, service } = setUp();
    const props = service.getScriptProperties();
    kernel.quotas.add('propertiesReadWrites', 50_000);
    expect(() => props.getProperty('a')).toThrow('Service invoked too many times for one day: properties.');
  });
});
