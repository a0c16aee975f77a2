import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/designer.css';
import './styles/panels.css';
import './styles/canvas.css';
import './styles/rules.css';
import './styles/console.css';
import './styles/ticket.css';
import './styles/audit.css';
import './styles/estate.css';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
