// `<zolgensma-reference>` in React's JSX (React 19 sets its attributes and
// listens to its events: `onzolgensma:kit-settled={(e) => …}`).
//
//   /// <reference types="zolgensma-reference-widget/react" />
import type { ZolgensmaReferenceAttributes, ZolgensmaEventMap } from './zolgensma-widget.js';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type EventHandlers = {
  [K in keyof ZolgensmaEventMap as `on${K}`]?: (event: ZolgensmaEventMap[K]) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'zolgensma-reference': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> &
        ZolgensmaReferenceAttributes &
        EventHandlers;
    }
  }
}
