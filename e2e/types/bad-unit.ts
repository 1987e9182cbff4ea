// Must not compile: 'stone' is no unit.
import { mount } from './zolgensma-widget.js';

await mount(document.body, { unit: 'stone' });
