// ZOLGENSMA kit and coding reference: the embed API.
//
//   <script type="module" src="https://your.host/zolgensma/zolgensma-widget.js"></script>
//   <zolgensma-reference unit="lb"></zolgensma-reference>
//
// or, from a module:
//
//   import { mount } from 'https://your.host/zolgensma/zolgensma-widget.js';
//   const widget = await mount(document.querySelector('#zg'), { panels: ['kit'] });
//   widget.setWeight('7.2'); widget.unmount();
//
// scripts/postbuild.mjs writes this file into dist/ with the content-hashed
// names of the build's files in place of the __…__ markers below. It loads
// nothing but those files, and never stores or sends a patient's weight.

import init, { mountWidget, resolveKit as resolve } from './__JS__';

const WASM = new URL('./__WASM__', import.meta.url);
/** The wasm's subresource integrity: it runs only as built. */
const WASM_INTEGRITY = '__WASM_SRI__';
const CSS = new URL('./__CSS__', import.meta.url).href;
const CALLBACKS = {
  onKitResolved: 'zolgensma:kit-resolved',
  onKitCleared: 'zolgensma:kit-cleared',
  onKitSettled: 'zolgensma:kit-settled',
  onCodeCopied: 'zolgensma:code-copied',
  onCopied: 'zolgensma:copied',
  onError: 'zolgensma:error',
};

/** The widget's version (the crate's). A major version changes option
 *  keys, event names or detail fields; nothing else does (README). */
export const version = '__VERSION__';
/** When each code set's list was current (the guide's access dates). */
export const dataAsOf = Object.freeze(__DATA_AS_OF__);
const mounted = new WeakMap();
/** Elements whose mount has not finished: a second mount is refused. */
const mounting = new WeakSet();
let started;

function start() {
  started ??= init({ module_or_path: fetch(WASM, { integrity: WASM_INTEGRITY }) });
  return started;
}

/** Splits host options into plain options, code data and callbacks; reading a
 *  property that throws (a hostile getter) is an error naming it. */
function split(options) {
  // Null prototypes: a key named "__proto__" stays an own key (and is then
  // refused as unknown) instead of changing what the object inherits.
  const plain = Object.create(null);
  const callbacks = Object.create(null);
  let codeData;
  if (options === undefined || options === null) return { plain: undefined, callbacks, codeData };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options: expected an object, got ${Array.isArray(options) ? 'an array' : typeof options}`);
  }
  for (const key of Object.keys(options)) {
    let value;
    try {
      value = options[key];
    } catch (e) {
      throw new TypeError(`options.${key}: reading it threw (${e?.message ?? e})`);
    }
    if (Object.hasOwn(CALLBACKS, key)) {
      if (value !== undefined && typeof value !== 'function') {
        throw new TypeError(`options.${key}: expected a function`);
      }
      callbacks[CALLBACKS[key]] = value;
    } else if (key === 'codeData') {
      codeData = value;
    } else {
      plain[key] = value;
    }
  }
  return { plain, callbacks, codeData };
}

function loadStylesheet(root) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = CSS;
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  root.append(link);
  return { link, loaded };
}

/** A mounted widget. */
class Handle {
  #inner;
  #parts;
  #element;
  constructor(inner, parts, element) {
    this.#inner = inner;
    this.#parts = parts;
    this.#element = element;
  }
  /** Types a weight (and selects a unit: 'kg', 'lb' or 'g'). */
  setWeight(weight, unit) {
    this.#inner.setWeight(String(weight), unit === undefined ? undefined : String(unit));
  }
  /** Types into the code search. */
  setQuery(query) {
    this.#inner.setQuery(String(query));
  }
  /** Why a codeData override was refused (the built-in codes show instead). */
  get dataError() {
    return this.#inner.dataError;
  }
  get mounted() {
    return this.#inner.mounted;
  }
  /** Removes the widget from the page. */
  unmount() {
    if (!this.#parts) return;
    this.#inner.unmount();
    this.#inner.free();
    this.#inner = { unmount() {}, setWeight() { throw new Error('the widget is not mounted'); }, setQuery() { throw new Error('the widget is not mounted'); }, dataError: undefined, mounted: false };
    this.#parts.container.remove();
    this.#parts.link.remove();
    this.#element.removeAttribute('data-zg-ready');
    mounted.delete(this.#element);
    this.#parts = undefined;
  }
}

/**
 * Mounts the widget into `element` (inside a shadow root it creates).
 * Resolves with a handle once the widget shows; rejects with an error that
 * names the option at fault. The host page keeps working either way.
 */
export async function mount(element, options) {
  if (!(element instanceof HTMLElement)) throw new TypeError('mount: expected an HTML element');
  if (mounted.has(element) || mounting.has(element)) throw new Error('mount: this element already holds a widget; unmount it first');
  const { plain, callbacks, codeData } = split(options);
  mounting.add(element);
  try {
    return await mountInto(element, plain, callbacks, codeData);
  } finally {
    mounting.delete(element);
  }
}

async function mountInto(element, plain, callbacks, codeData) {
  // The stylesheet loads while the wasm compiles, not after it.
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const { link, loaded } = loadStylesheet(root);
  const container = document.createElement('div');
  container.className = 'zg-host';
  root.append(container);
  try {
    await start();
  } catch (e) {
    container.remove();
    link.remove();
    throw e;
  }
  const emit = (name, detail) => {
    element.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    const callback = callbacks[name];
    if (callback) {
      try {
        callback(detail);
      } catch (e) {
        console.error(`zolgensma-reference: the host's callback for ${name} threw`, e);
      }
    }
  };
  let inner;
  try {
    inner = mountWidget(element, container, plain, codeData, emit);
  } catch (e) {
    container.remove();
    link.remove();
    const error = e instanceof Error ? e : new Error(String(e));
    console.error(`zolgensma-reference: ${error.message}`);
    throw error;
  }
  await loaded;
  const handle = new Handle(inner, { container, link }, element);
  mounted.set(element, handle);
  element.setAttribute('data-zg-ready', '');
  element.dispatchEvent(new CustomEvent('zolgensma:ready', { bubbles: true, composed: true }));
  return handle;
}

/**
 * The kit for a weight as a person would type it (`'7.05'`, `'3040 g'`),
 * from the same rules the widget shows, without mounting anything:
 * the detail of `zolgensma:kit-resolved`, or `{ error, hint }`.
 */
export async function resolveKit(weight, unit) {
  await start();
  return resolve(String(weight), unit === undefined ? undefined : String(unit));
}

/** `<zolgensma-reference panels="kit codes" unit="lb" weight="7.2" boxed-warning="false">` */
class ZolgensmaReference extends HTMLElement {
  static observedAttributes = ['weight', 'unit'];
  #handle;
  #pending;

  #options() {
    const options = {};
    const panels = this.getAttribute('panels');
    if (panels !== null) options.panels = panels.split(/[\s,]+/).filter(Boolean);
    for (const [attribute, key] of [['unit', 'unit'], ['weight', 'weight']]) {
      const value = this.getAttribute(attribute);
      if (value !== null) options[key] = value;
    }
    const boxed = this.getAttribute('boxed-warning');
    if (boxed !== null) options.boxedWarning = boxed !== 'false';
    return options;
  }

  connectedCallback() {
    this.#pending = mount(this, this.#options()).then(
      (handle) => {
        if (this.isConnected) this.#handle = handle;
        else handle.unmount();
      },
      (error) => {
        this.dispatchEvent(new CustomEvent('zolgensma:error', { detail: { message: error.message }, bubbles: true, composed: true }));
      },
    );
  }

  disconnectedCallback() {
    this.#handle?.unmount();
    this.#handle = undefined;
  }

  attributeChangedCallback(name) {
    if (!this.#handle) return;
    try {
      this.#handle.setWeight(this.getAttribute('weight') ?? '', this.getAttribute('unit') ?? undefined);
    } catch (e) {
      console.error(`zolgensma-reference: ${e.message}`);
    }
  }

  /** The handle, once mounted (for scripts that prefer the element). */
  get widget() {
    return this.#pending.then(() => this.#handle);
  }
}

if (!customElements.get('zolgensma-reference')) {
  customElements.define('zolgensma-reference', ZolgensmaReference);
}

export const ZolgensmaWidget = Object.freeze({ mount, resolveKit, version, dataAsOf });
globalThis.ZolgensmaWidget ??= ZolgensmaWidget;
