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
// scripts/build/embed.mjs writes this file into dist/ with the build's own
// parts in place of the __…__ markers below: the content-hashed names of
// its JS and wasm, its stylesheet's text and the widget's HTML as the build
// rendered it. It loads nothing but those files, and never stores or sends
// a patient's weight.
//
// A widget shows at once, as the build's HTML styled by its stylesheet,
// and becomes interactive when the wasm has hydrated it. Under Trusted
// Types that HTML goes into the shadow root through one policy, named
// `zolgensma-reference`, which passes only the build's own HTML (a host
// sending `require-trusted-types-for 'script'` lists it in its
// `trusted-types` directive); the widget never installs a default policy.

import init, { mountWidget, resolveKit as resolve } from './__JS__';

const WASM = new URL('./__WASM__', import.meta.url);
/** The wasm's subresource integrity: it runs only as built. */
const WASM_INTEGRITY = '__WASM_SRI__';
/** The widget's stylesheet, adopted by each shadow root. */
const CSS_TEXT = __CSS_TEXT__;
/** The widget's HTML as the build rendered it: `parts` by key, the part
 *  keys of each set of panels (`layouts`), the element around them. */
const PARTS = __PARTS__;
/** The Trusted Types policy the widget's HTML goes through. */
export const POLICY = 'zolgensma-reference';
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
/** Per element, the newest mount asked for, pending or done: a later mount
 *  of the same element replaces it. */
const newest = new WeakMap();
/** Per element, the handle of the widget it shows. */
const shown = new WeakMap();
let started;

function start() {
  started ??= init({ module_or_path: fetch(WASM, { integrity: WASM_INTEGRITY }) });
  return started;
}

/** Splits host options into plain options, code data, callbacks and the
 *  abort signal; reading a property that throws (a hostile getter) is an
 *  error naming it. */
function split(options) {
  // Null prototypes: a key named "__proto__" stays an own key (and is then
  // refused as unknown) instead of changing what the object inherits.
  const plain = Object.create(null);
  const callbacks = Object.create(null);
  let codeData;
  let signal;
  if (options === undefined || options === null) return { plain: undefined, callbacks, codeData, signal };
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
    } else if (key === 'signal') {
      if (value !== undefined && !(value instanceof AbortSignal)) {
        throw new TypeError('options.signal: expected an AbortSignal');
      }
      signal = value;
    } else {
      plain[key] = value;
    }
  }
  return { plain, callbacks, codeData, signal };
}

let sheet;

/** Gives `root` the widget's stylesheet (one parsed sheet for all). A
 *  constructed stylesheet applies at once, before any paint. */
function adoptStylesheet(root) {
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(CSS_TEXT);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Takes the stylesheet back from `root` when it holds no widget. */
function releaseStylesheet(root) {
  if (!root.querySelector('.zg-host')) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** The key of the panels `plain` options ask for (`kit codes info`,
 *  `codes -warning`), as the build names its layouts; null when they are
 *  not a set the options allow (the wasm then says why). */
function layoutKey(plain) {
  const names = ['kit', 'codes', 'info'];
  const panels = plain?.panels ?? names;
  const boxed = plain?.boxedWarning ?? true;
  if (!Array.isArray(panels) || typeof boxed !== 'boolean' || panels.some((p) => !names.includes(p))) return null;
  const key = names.filter((n) => panels.includes(n));
  if (!boxed) key.push('-warning');
  return key.join(' ');
}

let policy;
let passing;

/** `markup` (the build's own HTML) as the DOM will take it: under Trusted
 *  Types through the widget's policy, which passes nothing else. */
function trusted(markup) {
  if (!globalThis.trustedTypes?.createPolicy) return markup;
  try {
    policy ??= trustedTypes.createPolicy(POLICY, {
      createHTML(s) {
        if (s !== passing) throw new TypeError(`${POLICY}: only the widget's own HTML passes this policy`);
        return s;
      },
    });
  } catch (e) {
    throw new Error(`mount: this page enforces Trusted Types; allow the widget's policy with "trusted-types ${POLICY}" in its Content-Security-Policy (${e?.message ?? e})`);
  }
  passing = markup;
  try {
    return policy.createHTML(markup);
  } finally {
    passing = undefined;
  }
}

/** The build's HTML of the widget `plain` options ask for, or null. */
function widgetHtml(plain) {
  const layout = PARTS.layouts[layoutKey(plain)];
  return layout ? PARTS.frame[0] + layout.map((key) => PARTS.parts[key]).join('') + PARTS.frame[1] : null;
}

/** What a handle does once its widget is gone. */
const GONE = Object.freeze({
  unmount() {},
  setWeight() {
    throw new Error('the widget is not mounted');
  },
  setQuery() {
    throw new Error('the widget is not mounted');
  },
  dataError: undefined,
  mounted: false,
});

/** A mounted widget, or one whose mount was replaced before it showed
 *  (then `mounted` is false and `unmount` does nothing). */
class Handle {
  #inner;
  #remove;
  constructor(inner, remove) {
    this.#inner = inner;
    this.#remove = remove;
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
  /** Removes the widget from the page. Harmless when it is gone already. */
  unmount() {
    const inner = this.#inner;
    if (inner === GONE) return;
    this.#inner = GONE;
    inner.unmount();
    inner.free();
    this.#remove();
  }
}

/**
 * Mounts the widget into `element` (inside a shadow root it creates).
 * Resolves with a handle once the widget shows; rejects with an error that
 * names the option at fault. The host page keeps working either way.
 *
 * A later `mount` of the same element replaces this one, whether or not it
 * has shown yet: the last options win, and an element never holds two
 * widgets. A mount replaced before it showed resolves with a handle whose
 * `mounted` is false. `options.signal` (an `AbortSignal`) cancels a pending
 * mount (the promise rejects with the signal's reason, as `fetch` does)
 * or unmounts the widget once it shows.
 */
export async function mount(element, options) {
  if (!(element instanceof HTMLElement)) throw new TypeError('mount: expected an HTML element');
  const { plain, callbacks, codeData, signal } = split(options);
  signal?.throwIfAborted();
  const attempt = {};
  newest.set(element, attempt);
  const isNewest = () => newest.get(element) === attempt;
  const forget = () => {
    if (isNewest()) newest.delete(element);
  };
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  adoptStylesheet(root);
  const container = document.createElement('div');
  container.className = 'zg-host';
  const removeContainer = () => {
    container.remove();
    releaseStylesheet(root);
  };
  // The build's HTML shows at once (what is typed into it before the wasm
  // runs is kept), unless it replaces a widget still shown: then it waits,
  // hidden, so the element never shows two.
  const markup = widgetHtml(plain);
  if (markup !== null) {
    try {
      container.innerHTML = trusted(markup);
    } catch (e) {
      forget();
      releaseStylesheet(root);
      console.error(`zolgensma-reference: ${e.message}`);
      throw e;
    }
  }
  container.hidden = shown.has(element);
  root.append(container);
  let handle;
  let onAbort;
  const aborted = new Promise((_, reject) => {
    onAbort = () => (handle ? handle.unmount() : reject(signal.reason));
  });
  // Settled by the race below, or never: not an unhandled rejection.
  aborted.catch(() => {});
  signal?.addEventListener('abort', onAbort, { once: true });
  const stopListening = () => signal?.removeEventListener('abort', onAbort);
  try {
    await Promise.race([start(), aborted]);
  } catch (e) {
    stopListening();
    removeContainer();
    forget();
    throw e;
  }
  if (!isNewest()) {
    // Replaced while loading (or cancelled by `unmount(element)`).
    stopListening();
    removeContainer();
    return new Handle(GONE, () => {});
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
    stopListening();
    removeContainer();
    forget();
    const error = e instanceof Error ? e : new Error(String(e));
    console.error(`zolgensma-reference: ${error.message}`);
    throw error;
  }
  // The widget it replaces goes only now.
  shown.get(element)?.unmount();
  container.hidden = false;
  handle = new Handle(inner, () => {
    stopListening();
    removeContainer();
    if (shown.get(element) === handle) {
      shown.delete(element);
      element.removeAttribute('data-zg-ready');
    }
    forget();
  });
  shown.set(element, handle);
  element.setAttribute('data-zg-ready', '');
  element.dispatchEvent(new CustomEvent('zolgensma:ready', { bubbles: true, composed: true }));
  return handle;
}

/** Unmounts the widget of `element` and cancels its pending mount, which
 *  then resolves with a handle whose `mounted` is false. Harmless when the
 *  element holds none. */
export function unmount(element) {
  newest.delete(element);
  shown.get(element)?.unmount();
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

/**
 * `<zolgensma-reference panels="kit codes" unit="lb" weight="7.2" boxed-warning="false">`
 *
 * Mounts when connected and unmounts when disconnected, except that a move
 * (removed and inserted again before the next microtask, or `moveBefore`)
 * keeps the widget and what was typed in it. `weight` and `unit` changes
 * are applied, also those made while it loads; `panels` or
 * `boxed-warning` changes mount it again with the new parts.
 */
class ZolgensmaReference extends HTMLElement {
  static observedAttributes = ['weight', 'unit', 'panels', 'boxed-warning'];
  /** Cancels the mount in progress or unmounts the widget shown. */
  #controller;
  #handle;
  #ready = Promise.resolve(undefined);
  /** The `weight` and `unit` attributes the widget was given last. */
  #given = [null, null];

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

  #error(message) {
    this.dispatchEvent(new CustomEvent('zolgensma:error', { detail: { message }, bubbles: true, composed: true }));
  }

  #start() {
    const controller = new AbortController();
    this.#controller = controller;
    this.#given = [this.getAttribute('weight'), this.getAttribute('unit')];
    this.#ready = mount(this, { ...this.#options(), signal: controller.signal }).then(
      (handle) => {
        if (this.#controller !== controller) return undefined;
        this.#handle = handle;
        this.#apply();
        return handle;
      },
      (error) => {
        if (!controller.signal.aborted) this.#error(error.message);
        return undefined;
      },
    );
  }

  #stop() {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#handle = undefined;
  }

  /** Gives the widget the `weight` and `unit` attributes, if they changed. */
  #apply() {
    const now = [this.getAttribute('weight'), this.getAttribute('unit')];
    if (!this.#handle || (now[0] === this.#given[0] && now[1] === this.#given[1])) return;
    this.#given = now;
    try {
      this.#handle.setWeight(now[0] ?? '', now[1] ?? undefined);
    } catch (e) {
      this.#error(e.message);
    }
  }

  connectedCallback() {
    if (!this.#controller) this.#start();
  }

  /** `moveBefore` moves the element without disconnecting it. */
  connectedMoveCallback() {}

  disconnectedCallback() {
    // Moved, not removed, if it is back before the next microtask.
    queueMicrotask(() => {
      if (!this.isConnected) this.#stop();
    });
  }

  attributeChangedCallback(name, before, now) {
    // Before it connects, mounting reads the attributes anyway.
    if (before === now || !this.#controller) return;
    if (name === 'weight' || name === 'unit') {
      this.#apply();
    } else {
      this.#stop();
      this.#start();
    }
  }

  /** The handle, once mounted (for scripts that prefer the element). */
  get widget() {
    return this.#ready;
  }
}

if (!customElements.get('zolgensma-reference')) {
  customElements.define('zolgensma-reference', ZolgensmaReference);
}

export const ZolgensmaWidget = Object.freeze({ mount, unmount, resolveKit, version, dataAsOf });
globalThis.ZolgensmaWidget ??= ZolgensmaWidget;
