// A portal's order page as a React developer writes it: the widget as a
// custom element whose weight comes from the page's state, its events
// handled in JSX; and a second widget mounted from an effect that aborts
// on clean-up (StrictMode runs it twice in development).
import { useEffect, useRef, useState } from 'react';
import { mount, type KitDetail } from 'zolgensma-reference-widget';

export function App() {
  const [weight, setWeight] = useState('7.2');
  const [settled, setSettled] = useState<KitDetail | null>(null);
  const [copied, setCopied] = useState('');
  const [error, setError] = useState('');
  const codes = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = codes.current;
    if (!element) return;
    const controller = new AbortController();
    mount(element, {
      panels: ['codes'],
      boxedWarning: false,
      signal: controller.signal,
      onCodeCopied: (detail) => setCopied(detail.code),
    }).catch((e: Error) => {
      if (e.name !== 'AbortError') setError(e.message);
    });
    return () => controller.abort();
  }, []);

  return (
    <main>
      <h1>Order worksheet</h1>
      <label>
        Weight on the order (kg){' '}
        <input data-testid="order-weight" value={weight} onChange={(e) => setWeight(e.target.value)} />
      </label>
      <zolgensma-reference
        panels="kit"
        weight={weight}
        onzolgensma:kit-settled={(e) => setSettled(e.detail)}
      />
      <p>
        Settled kit: <output data-testid="settled">{settled?.ndc10 ?? 'none'}</output>
      </p>
      <h2>Codes</h2>
      <div ref={codes} data-testid="codes" />
      <p>
        Copied code: <output data-testid="copied">{copied || 'none'}</output>
      </p>
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
