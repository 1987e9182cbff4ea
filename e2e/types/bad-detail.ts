// Must not compile: a kit-cleared event has no detail to read.
import './zolgensma-widget.js';

document.body.addEventListener('zolgensma:kit-cleared', (event) => {
  console.log(event.detail.ndc10);
});
