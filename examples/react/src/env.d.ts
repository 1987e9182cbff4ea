// <zolgensma-reference> in JSX, typed by the widget's package.
/// <reference types="zolgensma-reference-widget/react" />
