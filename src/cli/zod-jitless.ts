/**
 * The CLI validates a handful of objects per process, so zod's JIT (it compiles a validator per schema with
 * `new Function`) costs more than it saves: ~30 ms of a cold `parse`. Imported first by main.ts so every
 * schema is built with it off. The library leaves the caller's zod settings alone.
 */
import { config } from 'zod';

config({ jitless: true });
