import { Kernel } from '../../../src/offline/runtime/kernel';
import { OfflineUtilities } from '../../../src/offline/utilities/utilities';
import { thrown } from '../thrown';

function setUp() {
  const kernel = new Kernel();
  return { kernel, utilities: new OfflineUtilities(kernel) };
}

describe('Utilities.formatString follows Java String.format (§8.3)', () => {
  const { utilities } = setUp();

  it('%s, %d and %f with widths, flags and precision', () => {
    expect(utilities.formatString('%s: %d шт., %.2f ₽', 'Тетради', 12, 3.5)).toBe('Тетради: 12 шт., 3.50 ₽');
    expect(utilities.formatString('%06d|%-4s|%4s|%,d|%+d', 42, 'ab', 'cd', 1234567, 5)).toBe(
      '000042|ab  |  cd|1,234,567|+5',
    );
    expect(utilities.formatString('%f', 1.5)).toBe('1.500000');
  });

  it('%f rounds HALF_UP on the decimal form, as Java does (1.005 → 1.01)', () => {
    expect(utilities.formatString('%.2f', 1.005)).toBe('1.01');
    expect(utilities.formatString('%.0f', 2.5)).toBe('3');
  });

  it('%% and %n, argument indexes, and no %j', () => {
    expect(utilities.formatString('100%% %2$s %1$s%n', 'a', 'b')).toBe('100% b a\n');
    expect(() => utilities.formatString('%j', 1)).toThrow("Conversion = 'j'");
  });

  it('a missing argument or %d with a fraction throws an Exception', () => {
    const missing = thrown(() => utilities.formatString('%s and %s', 'one'));
    expect(missing.name).toBe('Exception');
    expect(missing.message).toBe("Format specifier '%s'");
    expect(() => utilities.formatString('%d', 1.5)).toThrow('d != java.lang.Double');
  });
});

describe('Utilities.getUuid', () => {
  it('gives version-4-shaped UUIDs, distinct within a run and the same across runs', () => {
    const first = setUp().utilities;
    const second = setUp().utilities;
    const a = [first.getUuid(), first.getUuid()];
    const b = [second.getUuid(), second.getUuid()];
    for (const uuid of a)
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a[0]).not.toBe(a[1]);
    expect(b).toEqual(a);
  });
});

describe('Utilities.sleep on the virtual clock (§7.7, §7.8)', () => {
  it('advances the virtual clock by the time asked for', () => {
    const { kernel, utilities } = setUp();
    const before = kernel.clock.now();
    utilities.sleep(1000);
    expect(kernel.clock.now() - before).toBe(1000 + 1); // plus the call's own latency
  });

  it('sleeping past the 6-minute limit of an execution throws `Exceeded maximum execution time`', () => {
    const { kernel, utilities } = setUp();
    const error = kernel.run('menu', 'longJob', () =>
      thrown(() => {
        for (let i = 0; i < 2; i += 1) utilities.sleep(300_000);
      }),
    );
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Exceeded maximum execution time');
    expect(kernel.executions[0]?.durationMs).toBeGreaterThan(6 * 60_000);
  });

  it('refuses more than 300,000 ms in one call', () => {
    const { kernel, utilities } = setUp();
    const before = kernel.clock.now();
    expect(() => utilities.sleep(300_001)).toThrow();
    expect(kernel.clock.now() - before).toBeLessThan(1000);
  });
});

describe('Utilities base64 and digests', () => {
  const { utilities } = setUp();

  it('base64Encode encodes strings as UTF-8; base64Decode returns Java’s signed bytes', () => {
    const encoded = utilities.base64Encode('Наставник');
    expect(encoded).toBe(Buffer.from('Наставник', 'utf8').toString('base64'));
    const bytes = utilities.base64Decode(encoded);
    expect(bytes[0]).toBe(-48); // 0xD0
    expect(Buffer.from(bytes.map((b) => b & 0xff)).toString('utf8')).toBe('Наставник');
    expect(utilities.base64Encode([-1, 0, 127])).toBe('/wB/');
  });

  it('the web-safe alphabet uses - and _ and keeps the padding', () => {
    expect(utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });

  it('undecodable text throws an Exception', () => {
    expect(() => utilities.base64Decode('not*base64')).toThrow('Could not decode string.');
  });

  it('computeDigest returns signed bytes (SHA-256 of "abc" starts 0xBA = -70)', () => {
    const digest = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest).toHaveLength(32);
    expect(digest.slice(0, 2)).toEqual([-70, 120]);
  });
});

describe('Utilities.newBlob', () => {
  it('makes a Blob from a string (UTF-8) or from signed bytes, with a content type and name', () => {
    const { kernel, utilities } = setUp();
    const text = utilities.newBlob('Приказ', 'text/plain', 'order.txt');
    expect(text.getDataAsString()).toBe('Приказ');
    expect([text.getContentType(), text.getName()]).toEqual(['text/plain', 'order.txt']);
    expect(utilities.newBlob([-48, -97]).getDataAsString()).toBe('П');
    expect(kernel.calls.count('Utilities.Utilities.newBlob')).toBe(2);
  });
});
