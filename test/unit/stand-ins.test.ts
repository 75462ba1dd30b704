import { Engine, Rule } from '../../src/generated/json-rules-engine.js';
import { describe, expect, it } from 'vitest';
import { EventEmitter2 } from '../../src/engine/event-emitter';
import { JSONPath } from '../../src/engine/no-jsonpath';

describe('the stand-ins for json-rules-engine’s dependencies', () => {
  it('json-rules-engine runs on our emitter in the tests, as it does in the build: none of eventemitter2’s own methods are there', () => {
    for (const made of [new Engine(), new Rule({ conditions: { all: [] }, event: { type: 'x' } })]) {
      const emitter = Object.getPrototypeOf(Object.getPrototypeOf(made));
      expect(emitter.constructor.name).toBe('EventEmitter2');
      expect(Object.keys(emitter).sort()).toEqual(Object.keys((EventEmitter2 as unknown as { prototype: object }).prototype).sort());
      expect('onAny' in made).toBe(false);
    }
  });

  it('a JSONPath expression is refused instead of evaluated', () => {
    expect(() => JSONPath()).toThrow(/not supported/);
  });

  it('emitAsync calls every listener of the event in the order they were added and waits for their promises', async () => {
    const emitter = new (
      EventEmitter2 as unknown as new () => { on: Function; off: Function; emit: Function; emitAsync: Function; listenerCount: Function }
    )();
    const calls: string[] = [];
    const late = () => calls.push('removed');
    emitter.on('success', async (value: number) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      calls.push(`slow ${value}`);
    });
    emitter.on('success', (value: number) => calls.push(`fast ${value}`));
    emitter.on('success', late);
    emitter.off('success', late);
    emitter.on('failure', () => calls.push('failure'));
    await emitter.emitAsync('success', 7);
    expect(calls).toEqual(['fast 7', 'slow 7']);
    expect(emitter.emit('failure')).toBe(true);
    expect(emitter.emit('none')).toBe(false);
    expect(emitter.listenerCount('success')).toBe(2);
    expect(calls).toEqual(['fast 7', 'slow 7', 'failure']);
  });

  it('an event named like an Object property has no listeners until one is added', async () => {
    const emitter = new (EventEmitter2 as unknown as new () => { emitAsync: Function; listenerCount: Function })();
    expect(emitter.listenerCount('constructor')).toBe(0);
    expect(await emitter.emitAsync('__proto__')).toEqual([]);
  });
});
