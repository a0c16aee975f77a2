import { createRoot } from 'react-dom/client';
import { ResidentApp } from './ResidentApp.js';
import './resident.css';

// The resident app's own entry (resident.html, served at /r/): none of the staff app, React Flow,
// elk or the engine's runtime is imported from here, so a phone downloads only these pages.
createRoot(document.getElementById('root')!).render(<ResidentApp />);
