/**
 * Stands in for eventemitter2 in the built library (and in the tests, which run what ships):
 * json-rules-engine's Engine and Rule extend it and use only `on` and `emitAsync`. A function
 * constructor, not a class, because json-rules-engine's compiled classes call their parent
 * with `Parent.call(this)`. 0.5 kB instead of 19 kB (5 kB brotli) in a browser bundle.
 */
type Listener = (...args: unknown[]) => unknown;

interface Emitter {
  _listeners: Record<string, Listener[]>;
}

function EventEmitter2(this: Emitter): void {
  this._listeners = Object.create(null) as Record<string, Listener[]>;
}

const listenersOf = (emitter: Emitter, event: string): Listener[] => emitter._listeners?.[event] ?? [];

Object.assign(EventEmitter2.prototype, {
  on(this: Emitter, event: string, listener: Listener) {
    this._listeners ??= Object.create(null) as Record<string, Listener[]>;
    (this._listeners[event] ??= []).push(listener);
    return this;
  },
  off(this: Emitter, event: string, listener: Listener) {
    const list = listenersOf(this, event);
    const at = list.indexOf(listener);
    if (at >= 0) list.splice(at, 1);
    return this;
  },
  emit(this: Emitter, event: string, ...args: unknown[]) {
    const list = [...listenersOf(this, event)];
    for (const listener of list) listener.apply(this, args);
    return list.length > 0;
  },
  /** Calls every listener in order of registration and resolves when all their promises have. */
  emitAsync(this: Emitter, event: string, ...args: unknown[]) {
    return Promise.all([...listenersOf(this, event)].map((listener) => listener.apply(this, args)));
  },
  listenerCount(this: Emitter, event: string) {
    return listenersOf(this, event).length;
  },
});

export default EventEmitter2;
export { EventEmitter2 };
