import { OfflineLogger } from '../../../src/offline/logger/logger';
import { Kernel } from '../../../src/offline/runtime/kernel';
import { OfflineWorkspace } from '../../../src/offline/workspace';

function setUp() {
  const kernel = new Kernel();
  return { kernel, logger: new OfflineLogger(kernel) };
}

describe('Logger', () => {
  it('log(format, …values) substitutes %s and writes to the execution log', () => {
    const { kernel, logger } = setUp();
    logger.log('Пар подобрано: %s из %s', 12, 15);
    expect(kernel.logs.map((l) => l.message)).toEqual(['Пар подобрано: 12 из 15']);
    expect(logger.getLog()).toBe('Пар подобрано: 12 из 15');
  });

  it('log(data) writes strings as they are and other values readably; it returns the Logger', () => {
    const { logger } = setUp();
    expect(logger.log('без подстановки %s')).toBe(logger);
    logger.log({ pairs: 3 });
    expect(logger.getLog()).toBe('без подстановки %s\n{"pairs":3}');
  });

  it('clear empties getLog but not the execution log', () => {
    const { kernel, logger } = setUp();
    logger.log('a');
    logger.clear();
    logger.log('b');
    expect(logger.getLog()).toBe('b');
    expect(kernel.logs.map((l) => l.message)).toEqual(['a', 'b']);
  });

  it('each execution starts with an empty Logger log', () => {
    const { kernel, logger } = setUp();
    kernel.run('menu', 'first', () => logger.log('first'));
    expect(kernel.run('menu', 'second', () => logger.getLog())).toBe('');
  });

  it('the workspace’s console writes into the same execution log', () => {
    const workspace = new OfflineWorkspace();
    const console = workspace.globals().console as { log: (...args: unknown[]) => void };
    workspace.services.Logger.log('из Logger');
    console.log('из console');
    expect(workspace.kernel.logs.map((l) => l.message)).toEqual(['из Logger', 'из console']);
  });
});
