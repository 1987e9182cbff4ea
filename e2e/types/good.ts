// Correct use of the embed API: must compile under `tsc --strict`.
import { dataAsOf, mount, resolveKit, version, type KitDetail, type MountOptions } from './zolgensma-widget.js';

const options: MountOptions = {
  panels: ['kit', 'codes'],
  unit: 'lb',
  weight: '7 lb 4 oz',
  theme: { accent: '#5b2a9e', fontSize: '15px' },
  onKitSettled: (kit: KitDetail | null) => console.log(kit?.ndc11Digits ?? 'no kit'),
  onCopied: ({ what, text }) => console.log(what, text),
};

export async function start(element: HTMLElement): Promise<string> {
  const widget = await mount(element, options);
  widget.setWeight('3040', 'g');
  widget.setQuery('G12');
  const error: string | undefined = widget.dataError;
  const answer = await resolveKit('3.04');
  const ndc = 'error' in answer ? answer.hint : answer.ndc10;
  element.addEventListener('zolgensma:kit-resolved', (event) => {
    const band: [string, string] = event.detail.bandKg;
    console.log(band, event.detail.vials[0]?.fillMl);
  });
  const custom = document.createElement('zolgensma-reference');
  custom.setAttribute('panels', 'codes');
  const handle = await custom.widget;
  handle?.unmount();
  return `${version} ${dataAsOf.icd10cm} ${ndc} ${error ?? ''}`;
}

await mount(document.body, {
  panels: ['codes'],
  boxedWarning: false,
  codeData: {
    code_sets: [
      { id: 'icd10cm', name: 'ICD-10-CM', full_name: 'x', title: 'x', intro: 'x', source: 5, as_of: '2024-11-27', release: { cadence: 'fiscal-year', from: '2024-10-01' } },
    ],
    codes: [{ set: 'icd10cm', code: 'G12.25', description: 'Progressive muscular atrophy' }],
  },
});
