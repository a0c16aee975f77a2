// Setup for the DOM tests (happy-dom). Give React Flow harmless stand-ins for the browser APIs it
// measures with, in case the DOM library in use lacks them.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (!('DOMMatrixReadOnly' in globalThis)) {
  (globalThis as Record<string, unknown>).DOMMatrixReadOnly = class {
    m22 = 1;
    constructor() {}
  };
}
