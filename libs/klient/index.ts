export * from './src/klient.js';
