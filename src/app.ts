/// <reference types="vite-plugin-pwa/vanillajs" />
/** The app: loaded by the page's entry (src/main.ts) once the worker and the demo are on their way. */
import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './App.svelte';
import { mark } from './ui/timing/marks';
import { registerLater } from './ui/update/registerLater';
import UpdateBanner from './ui/update/UpdateBanner.svelte';
import { UpdateOffer } from './ui/update/updateOffer.svelte';
import './ui/styles/index.css';

mark('boot');

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no element with id "app"');

const offer = new UpdateOffer(registerLater(registerSW), () => location.reload(), window);
mount(UpdateBanner, { target: document.body, props: { offer } });

export default mount(App, { target });
