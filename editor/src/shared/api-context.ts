import { createContext } from 'react';
import type { ApiClient } from '../api/client';

/** The signed-in API client, for small views deep in a workspace that only read (step names). */
export const ApiContext = createContext<ApiClient | null>(null);
