// Types of the ZOLGENSMA reference widget's embed API (dist/zolgensma-widget.js).
//
//   import { mount, type MountOptions } from './zolgensma-widget.js';
//
// Option keys, event names and detail fields change only with a major
// version (README, "Upgrading"). tests/typescript.rs checks this file
// against what the Rust side accepts and sends; e2e/types.test.mjs
// type-checks examples of correct and incorrect use with `tsc --strict`.

/** A unit of the unit switch. */
export type Unit = 'kg' | 'lb' | 'g';

/** A part of the widget. */
export type Panel = 'kit' | 'codes' | 'info';

/** Theme keys: each sets one CSS custom property on the host element. */
export interface Theme {
  background?: string;
  text?: string;
  mutedText?: string;
  surface?: string;
  border?: string;
  controlBorder?: string;
  accent?: string;
  accentText?: string;
  focus?: string;
  font?: string;
  fontSize?: string;
  radius?: string;
}

/** A code set, in the data file's format. */
export interface CodeSet {
  id: 'hcpcs' | 'cpt' | 'icd10cm';
  name: string;
  full_name: string;
  title: string;
  intro: string;
  /** The number of the reference it comes from. */
  source: number;
  /** `YYYY-MM-DD` (the source's access date) or an edition year. */
  as_of: string;
  /** The release the list comes from, for the date-of-service check. */
  release?: CodeSetRelease;
}

/** A code-set release: its cadence and the day it took effect. */
export interface CodeSetRelease {
  cadence: 'quarterly' | 'fiscal-year' | 'calendar-year';
  /** `YYYY-MM-DD`, the first day of a release of that cadence. */
  from: string;
}

/** A code, in the data file's format. */
export interface Code {
  /** The `id` of its code set. */
  set: 'hcpcs' | 'cpt' | 'icd10cm';
  code: string;
  description: string;
  /** The printed range it belongs to (`99221-99223`). */
  range?: string;
  includes?: string[];
  /** `YYYY-MM-DD`, when the code took effect. */
  effective?: string;
}

/** A reference, in the data file's format. */
export interface Reference {
  id: number;
  text: string;
  /** `YYYY-MM-DD`. */
  accessed?: string;
  url?: string;
}

/** Codes replacing the guide's, validated by the built-in data's rules. */
export interface CodeData {
  code_sets: CodeSet[];
  codes: Code[];
  references?: Reference[];
}

/** How many vials of one fill a kit holds. */
export interface VialCount {
  /** The fill in mL, as printed (`"5.5"`). */
  fillMl: string;
  count: number;
}

/** A kit and its billing identifiers; never the weight that chose it. */
export interface KitDetail {
  /** The 10-digit NDC as printed (`71894-121-03`). */
  ndc10: string;
  /** The 11-digit NDC, hyphenated (`71894-0121-03`). */
  ndc11: string;
  /** The 11-digit NDC without hyphens (`71894012103`). */
  ndc11Digits: string;
  /** CMS-1500 item 24A (`N471894012103 UN1`). */
  claim: string;
  /** The printed band in kg (`["3.1", "3.5"]`). */
  bandKg: [string, string];
  /** The table's dose volume in mL (`"19.3"`). */
  doseVolumeMl: string;
  vials: VialCount[];
  totalVials: number;
  hcpcs: string;
  hcpcsUnits: number;
}

/** The detail of `zolgensma:code-copied`. */
export interface CodeCopiedDetail {
  code: string;
  /** `HCPCS`, `CPT` or `ICD-10-CM`. */
  codeSet: string;
}

/** The detail of `zolgensma:copied` (an NDC, a claim line, the claim lines). */
export interface CopiedDetail {
  what: string;
  text: string;
}

/** The detail of `zolgensma:error`. */
export interface ErrorDetail {
  message: string;
}

/** `resolveKit`'s answer when the weight gives no kit. */
export interface NoKit {
  error: string;
  hint: string;
}

/** Every event the widget dispatches on its host element (bubbling and
 *  composed), with its `detail`. */
export interface ZolgensmaEventMap {
  'zolgensma:ready': CustomEvent<null>;
  /** The weight now resolves to a (different) kit: follows every keystroke. */
  'zolgensma:kit-resolved': CustomEvent<KitDetail>;
  /** The weight no longer resolves to a kit: follows every keystroke. */
  'zolgensma:kit-cleared': CustomEvent<null>;
  /** Typing paused on a result different from the last settled one. */
  'zolgensma:kit-settled': CustomEvent<KitDetail | null>;
  'zolgensma:code-copied': CustomEvent<CodeCopiedDetail>;
  'zolgensma:copied': CustomEvent<CopiedDetail>;
  'zolgensma:error': CustomEvent<ErrorDetail>;
  /** The widget stopped and shows its fallback. */
  'zolgensma:crashed': CustomEvent<null>;
}

/** What `mount` accepts; any other key is refused. */
export interface MountOptions {
  /** Which parts show (default all three). */
  panels?: Panel[];
  /** The unit selected at first (default `'kg'`). */
  unit?: Unit;
  /** A weight to resolve at once, as a person would type it. */
  weight?: string;
  /** `false` hides the boxed warning: allowed only with `panels: ['codes']`. */
  boxedWarning?: boolean;
  theme?: Theme;
  codeData?: CodeData;
  onKitResolved?: (detail: KitDetail) => void;
  onKitCleared?: (detail: null) => void;
  onKitSettled?: (detail: KitDetail | null) => void;
  onCodeCopied?: (detail: CodeCopiedDetail) => void;
  onCopied?: (detail: CopiedDetail) => void;
  onError?: (detail: ErrorDetail) => void;
  /** Aborting cancels the mount while it loads (the promise rejects with
   *  the signal's reason) or unmounts the widget once it shows. */
  signal?: AbortSignal;
}

/** A mounted widget. */
export interface WidgetHandle {
  /** Types a weight (and selects a unit). */
  setWeight(weight: string, unit?: Unit): void;
  /** Types into the code search. */
  setQuery(query: string): void;
  /** Why a `codeData` override was refused (the built-in codes show). */
  readonly dataError: string | undefined;
  /** False once unmounted, replaced by a later mount, or aborted. */
  readonly mounted: boolean;
  /** Removes the widget from the page (harmless when it is gone). */
  unmount(): void;
}

/** Mounts the widget into `element` (inside a shadow root it creates).
 *  Resolves once it shows; rejects with an error naming the option at fault,
 *  or with `options.signal`'s reason when aborted first. A later `mount` of
 *  the same element replaces this one; if it does so before this one shows,
 *  this one resolves with a handle whose `mounted` is false. */
export function mount(element: HTMLElement, options?: MountOptions): Promise<WidgetHandle>;

/** Unmounts the widget of `element` and cancels its pending mount. */
export function unmount(element: HTMLElement): void;

/** The kit for a weight, by the widget's own rules, without mounting. */
export function resolveKit(weight: string, unit?: Unit): Promise<KitDetail | NoKit>;

/** The Trusted Types policy the widget's HTML goes through. A page that
 *  sends `require-trusted-types-for 'script'` lists it in its
 *  `trusted-types` directive; the widget never installs a default policy. */
export const POLICY: 'zolgensma-reference';

/** The widget's version (the crate's: major.minor.patch). */
export const version: string;

/** When each code set's list was current: an access date or an edition. */
export const dataAsOf: Readonly<Record<'hcpcs' | 'cpt' | 'icd10cm', string>>;

/** The functions and constants as one object (also `globalThis.ZolgensmaWidget`). */
export const ZolgensmaWidget: {
  mount: typeof mount;
  unmount: typeof unmount;
  resolveKit: typeof resolveKit;
  version: string;
  dataAsOf: typeof dataAsOf;
};

/** The attributes of `<zolgensma-reference>`, for frameworks' element
 *  typings (React's JSX: `zolgensma-reference-widget/react`). */
export interface ZolgensmaReferenceAttributes {
  /** Panels, space separated: `kit`, `codes`, `info` (default all). */
  panels?: string;
  unit?: Unit;
  /** A weight, as a person would type it. */
  weight?: string;
  /** `false` hides the boxed warning (with `panels="codes"` only). */
  'boxed-warning'?: 'true' | 'false';
}

/** `<zolgensma-reference panels="kit codes" unit="lb" weight="7.2" boxed-warning="false">`:
 *  mounts when connected, survives moves, applies `weight` and `unit`
 *  changes (also while loading), mounts again when `panels` or
 *  `boxed-warning` change. */
export interface ZolgensmaReferenceElement extends HTMLElement {
  /** The handle, once mounted (undefined if the mount failed or was cancelled). */
  readonly widget: Promise<WidgetHandle | undefined>;
}

declare global {
  interface HTMLElementTagNameMap {
    'zolgensma-reference': ZolgensmaReferenceElement;
  }
  // The events bubble and are composed: any element above the widget hears them.
  interface HTMLElementEventMap extends ZolgensmaEventMap {}
  // eslint-disable-next-line no-var
  var ZolgensmaWidget: {
    mount: typeof mount;
    unmount: typeof unmount;
    resolveKit: typeof resolveKit;
    version: string;
    dataAsOf: Readonly<Record<'hcpcs' | 'cpt' | 'icd10cm', string>>;
  };
}
