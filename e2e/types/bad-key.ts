// Must not compile: `colour` is no option.
import { mount } from './zolgensma-widget.js';

await mount(document.body, { colour: 'red' });
