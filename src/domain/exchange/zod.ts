// Owns zod's set-up for the whole domain: no code generation (`new Function`), which the app's
// Content-Security-Policy forbids. Every schema imports `z` from here.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
