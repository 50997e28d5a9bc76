import { startApp } from './startApp.tsx';

startApp(document.getElementById('root')!);
