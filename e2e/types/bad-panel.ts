// Must not compile: 'chart' is no panel.
import { mount } from './zolgensma-widget.js';

await mount(document.body, { panels: ['kit', 'chart'] });
