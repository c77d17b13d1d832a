import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Soknadsside } from './Soknadsside';
import './innbygger.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Soknadsside />
  </StrictMode>,
);
