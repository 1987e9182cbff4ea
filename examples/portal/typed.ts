// The example portal's typed use of the embed API: a TypeScript module
// (compiled by `tsc`, no bundler), beside the plain-HTML page. It mounts a
// kit-only widget and acts only on settled results.
import { mount, version, type KitDetail } from '../../zolgensma-widget.js';

const log = document.getElementById('typed-log') as HTMLOListElement;
const host = document.getElementById('typed-widget') as HTMLElement;

function note(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  log.append(item);
}

const widget = await mount(host, {
  panels: ['kit'],
  unit: 'kg',
  onKitSettled: (kit: KitDetail | null) => {
    note(kit ? `settled: ${kit.ndc11Digits} (${kit.claim})` : 'settled: no kit');
  },
});
note(`widget ${version} mounted`);
(window as unknown as { typedWidget: typeof widget }).typedWidget = widget;
