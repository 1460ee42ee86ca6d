/**
 * Both catalogues, registered at once: for Node (the CLI, scripts) and the tests, where
 * there is nothing to download. The browser loads one language at a time instead
 * (`loadLanguage` in index.ts).
 */
import { registerCatalogue } from './index.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

registerCatalogue('en', en);
registerCatalogue('zh', zh);
