import { createApp } from 'vue';
import 'zolgensma-reference-widget';
import App from './App.vue';

createApp(App).mount('#app');
