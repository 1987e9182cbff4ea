// The example portal's own script: mounts one widget through the
// JavaScript API, logs every widget event, and records CSP violations.
import { mount } from '../../zolgensma-widget.js';

const log = document.getElementById('event-log');
// kit-resolved and kit-cleared follow every keystroke (intermediate weights
// too); kit-settled fires once typing pauses, with the kit (or null): the
// one to act on.
const events = ['zolgensma:ready', 'zolgensma:kit-resolved', 'zolgensma:kit-cleared', 'zolgensma:kit-settled', 'zolgensma:code-copied', 'zolgensma:copied', 'zolgensma:error'];
window.portalEvents = [];
for (const name of events) {
  document.addEventListener(name, (event) => {
    const entry = { type: name, source: event.target.id, detail: event.detail ?? null };
    window.portalEvents.push(entry);
    const item = document.createElement('li');
    item.textContent = `${entry.source}: ${name} ${JSON.stringify(entry.detail)}`;
    log.append(item);
  });
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));

if (new URLSearchParams(location.search).has('hostile')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = 'hostile.css';
  document.head.append(link);
}

window.portalWidget = mount(document.getElementById('widget-a'), {
  panels: ['kit', 'codes', 'info'],
  unit: 'kg',
  theme: { accent: '#5b2a9e' },
  onKitResolved: (detail) => { window.lastKit = detail; },
}).catch((error) => {
  const item = document.createElement('li');
  item.textContent = `mount failed: ${error.message}`;
  log.append(item);
  throw error;
});
