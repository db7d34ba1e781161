/**
 * zod compiles object parsers with `new Function` when it can, which the site's
 * Content-Security-Policy (no 'unsafe-eval') forbids: every page that parses would report a
 * violation. Every module that parses with zod in the browser imports this first; parsing without
 * the compiled fast path is plenty fast for our sizes.
 */
import { z } from 'zod';

z.config({ jitless: true });
